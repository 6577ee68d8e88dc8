import Foundation
import Testing

/// A real SMTP relay on a loopback port for a test: `Tests/SMTPRelay/relay.py` (aiosmtpd) in
/// the virtualenv `Tests/SMTPRelay/setup.sh` makes. Each message it accepts is a file in
/// `folder`. Without that Python, `start` fails the test with what to run: mail tests never
/// pass without a relay.
final class SMTPTestRelay: @unchecked Sendable {
    let folder: URL
    let port: Int
    private let process: Process
    private let input: Pipe

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("SMTPRelay")

    struct Unavailable: Error, CustomStringConvertible {
        var description: String
    }

    /// Starts a relay on `port` (else a free one). `tls` (certificate and key files) makes it
    /// require STARTTLS, or with `implicitTLS` speak TLS from the first byte; `user`
    /// (`name:password`) makes it require AUTH. A `silent` relay takes connections and never
    /// answers (a relay that hangs) until it stops.
    static func start(port: Int? = nil, tls: (certificate: String, key: String)? = nil, implicitTLS: Bool = false, user: String? = nil,
                      silent: Bool = false) throws -> SMTPTestRelay {
        let python = ProcessInfo.processInfo.environment["PARITY_TEST_PYTHON"] ?? directory.appendingPathComponent(".venv/bin/python").path
        guard FileManager.default.isExecutableFile(atPath: python) else {
            throw Unavailable(description: "No Python with aiosmtpd at \(python): run `bash Tests/SMTPRelay/setup.sh` (make test and .ci/run do)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parity-smtp-\(UUID().uuidString)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        var arguments = [directory.appendingPathComponent("relay.py").path, "--out", folder.path]
        if let port { arguments += ["--port", String(port)] }
        if let tls { arguments += ["--tls", tls.certificate, tls.key] + (implicitTLS ? ["--implicit-tls"] : []) }
        if let user { arguments += ["--user", user] }
        if silent { arguments.append("--silent") }
        process.arguments = arguments
        let (input, output, errors) = (Pipe(), Pipe(), Pipe())
        (process.standardInput, process.standardOutput, process.standardError) = (input, output, errors)
        try process.run()
        // The relay prints "READY <port>" once it listens, or dies saying why.
        var printed = Data()
        while !printed.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else {
                process.waitUntilExit()
                let why = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                throw Unavailable(description: "The test SMTP relay did not start: \(why)")
            }
            printed += chunk
        }
        let line = String(decoding: printed, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard line.hasPrefix("READY "), let listening = Int(line.dropFirst(6)) else {
            process.terminate()
            throw Unavailable(description: "The test SMTP relay said: \(line)")
        }
        return SMTPTestRelay(folder: folder, port: listening, process: process, input: input)
    }

    private init(folder: URL, port: Int, process: Process, input: Pipe) {
        self.folder = folder
        self.port = port
        self.process = process
        self.input = input
    }

    /// Stops the relay (it ends when its standard input closes) and removes its folder.
    func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: folder)
    }

    /// While on, the relay answers RCPT TO with 550.
    func refusesRecipients(_ refuses: Bool) throws {
        let flag = folder.appendingPathComponent("refuse-rcpt")
        if refuses { try Data().write(to: flag) } else { try FileManager.default.removeItem(at: flag) }
    }

    /// The messages received so far, in the order they arrived.
    func messages() throws -> [ReceivedMail] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".eml") }
        return try names.sorted { Int($0.dropLast(4))! < Int($1.dropLast(4))! }.map { name in
            let envelope = try String(contentsOf: folder.appendingPathComponent(name.dropLast(4) + ".envelope"), encoding: .utf8)
                .split(separator: "\n").map(String.init)
            return ReceivedMail(mailFrom: envelope[0], recipients: Array(envelope.dropFirst()),
                                raw: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
    }

    /// A free loopback port with nothing listening on it: a relay that is down.
    static func freePort() throws -> Int {
        let probe = try SMTPTestRelay.start()
        defer { probe.stop() }
        return probe.port
    }
}

/// A message as the relay received it (after SMTP's dot-stuffing was undone).
struct ReceivedMail {
    var mailFrom: String
    var recipients: [String]
    /// Exactly as the relay stored it: CRLF line ends.
    var raw: String

    /// The first header named `name`, unfolded.
    func header(_ name: String) -> String? {
        let head = raw.components(separatedBy: "\r\n\r\n")[0].replacingOccurrences(of: "\r\n ", with: " ")
        return head.components(separatedBy: "\r\n").first { $0.lowercased().hasPrefix(name.lowercased() + ": ") }
            .map { String($0.dropFirst(name.count + 2)) }
    }

    /// The decoded body of the part of MIME type `type` (`text/plain`, `text/html`).
    func body(_ type: String) -> String? {
        let parts = raw.components(separatedBy: "\r\n--")
        guard let part = parts.first(where: { $0.contains("Content-Type: \(type);") }),
              let start = part.range(of: "\r\n\r\n") else { return nil }
        return Self.quotedPrintableDecoded(String(part[start.upperBound...]))
    }

    private static func quotedPrintableDecoded(_ text: String) -> String {
        let joined = Array(text.replacingOccurrences(of: "=\r\n", with: "").utf8)
        var bytes: [UInt8] = []
        var index = 0
        while index < joined.count {
            if joined[index] == UInt8(ascii: "="), index + 2 < joined.count, let byte = UInt8(String(decoding: joined[index + 1...index + 2], as: UTF8.self), radix: 16) {
                bytes.append(byte)
                index += 3
            } else {
                bytes.append(joined[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    }
}
