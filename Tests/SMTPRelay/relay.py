"""A real SMTP relay on loopback for Parity's server tests (aiosmtpd).

Writes each message it accepts to OUT/<n>.eml, with the envelope beside it in
OUT/<n>.envelope (MAIL FROM on the first line, RCPT TO after), and prints
"READY <port>" once it listens. While the file OUT/refuse-rcpt exists it answers
RCPT TO with 550, as a relay that will not take the message. With --tls CERT KEY it
requires STARTTLS, or with --implicit-tls as well speaks TLS from the first byte (smtps);
with --user NAME:PASSWORD it requires AUTH (PLAIN or LOGIN). With --silent it is a relay
that hangs: it takes connections and never answers, closing them when it stops.
Runs until stdin closes or it is sent SIGTERM.
"""
import argparse
import os
import signal
import socket
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class FolderHandler:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if os.path.exists(os.path.join(self.folder, "refuse-rcpt")):
            return "550 5.7.1 Relaying refused for the test"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            name = os.path.join(self.folder, str(self.count))
        with open(name + ".eml.part", "wb") as message:
            message.write(envelope.original_content)
        with open(name + ".envelope", "w") as out:
            out.write("\n".join([envelope.mail_from] + envelope.rcpt_tos) + "\n")
        os.rename(name + ".eml.part", name + ".eml")
        return "250 2.0.0 Queued as test-%d" % self.count


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--implicit-tls", action="store_true")
    parser.add_argument("--user")
    parser.add_argument("--silent", action="store_true")
    arguments = parser.parse_args()
    os.makedirs(arguments.out, exist_ok=True)
    if arguments.silent:
        return hold_silently(arguments.port)

    options = {}
    if arguments.tls and arguments.implicit_tls:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(*arguments.tls)
        options.update(ssl_context=context)
    elif arguments.tls:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(*arguments.tls)
        options.update(tls_context=context, require_starttls=True)
    if arguments.user:
        name, password = arguments.user.split(":", 1)

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == name and auth_data.password.decode() == password
            return AuthResult(success=ok)

        # aiosmtpd counts only STARTTLS as TLS; an implicit-TLS connection is one already.
        options.update(authenticator=authenticator, auth_required=True,
                       auth_require_tls=bool(arguments.tls) and not arguments.implicit_tls)

    port = arguments.port or free_port()
    controller = Controller(FolderHandler(arguments.out), hostname="127.0.0.1", port=port, server_hostname="localhost", **options)
    controller.start()
    print("READY %d" % port, flush=True)
    wait_for_the_end()
    controller.stop()


def wait_for_the_end():
    """Returns when stdin closes or SIGTERM comes."""
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
    stop.wait()


def hold_silently(port):
    listener = socket.socket()
    listener.bind(("127.0.0.1", port))
    listener.listen()
    held = []

    def accept():
        while True:
            try:
                held.append(listener.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    print("READY %d" % listener.getsockname()[1], flush=True)
    wait_for_the_end()
    for connection in held:
        connection.close()
    listener.close()


if __name__ == "__main__":
    main()
