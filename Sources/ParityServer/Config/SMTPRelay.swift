import Foundation

/// The mail relay Parity sends through, from `PARITY_SMTP_URL`:
///
/// - `smtp://USER:PASSWORD@HOST:PORT` — STARTTLS, which the relay must offer (port 587 unless given)
/// - `smtps://USER:PASSWORD@HOST:PORT` — TLS from the first byte (port 465 unless given)
/// - `smtp://HOST:PORT?tls=none` — no TLS; with a user only to a loopback relay
///
/// The user and password are optional (URL-encoded when they hold `@`, `:` or `/`). Query
/// options: `tls=starttls|implicit|none` (instead of the scheme's), `auth=plain|login` (else
/// PLAIN when the relay offers it, then LOGIN) and `ca=/path/to/ca.pem` (a certificate to
/// trust besides the system's, for a relay with a private certificate authority).
public struct SMTPRelay: Sendable, Equatable {
    public enum Security: String, Sendable {
        case startTLS = "starttls"
        case implicitTLS = "implicit"
        case none
    }

    public enum Mechanism: String, Sendable {
        case plain, login
    }

    public var host: String
    public var port: Int
    public var security: Security
    public var username: String?
    public var password: String?
    /// nil: the relay's choice, PLAIN first.
    public var mechanism: Mechanism?
    public var trustedCertificateFile: String?

    /// The relay without its password, for logs and messages.
    public var redacted: String {
        let scheme = security == .implicitTLS ? "smtps" : "smtp"
        let user = username.map { "\($0):•••@" } ?? ""
        return "\(scheme)://\(user)\(host):\(port)" + (security == .none ? "?tls=none" : "")
    }

    public var isLoopback: Bool {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return bare == "localhost" || bare == "::1" || bare.hasPrefix("127.")
    }

    static let variable = "PARITY_SMTP_URL"

    /// Reads the URL; a clear error (never showing the password) for anything unusable.
    public static func parse(_ text: String) throws(ConfigurationError) -> SMTPRelay {
        let form = "like smtp://user:password@relay.example.nhs.uk:587 (STARTTLS), smtps://…:465 (TLS) or smtp://127.0.0.1:2525?tls=none"
        guard let url = URLComponents(string: text), let scheme = url.scheme?.lowercased(), ["smtp", "smtps"].contains(scheme),
              let host = url.host, !host.isEmpty, url.path.isEmpty || url.path == "/", url.fragment == nil
        else { throw .invalid(variable, "must be an smtp:// or smtps:// address with a host, \(form)") }
        var relay = SMTPRelay(host: host, port: 0, security: scheme == "smtps" ? .implicitTLS : .startTLS,
                              username: url.user.flatMap { $0.isEmpty ? nil : $0 }, password: url.password)
        for item in url.queryItems ?? [] {
            let value = item.value ?? ""
            switch item.name {
            case "tls":
                guard let security = Security(rawValue: value.lowercased()) else { throw .invalid(variable, "tls must be starttls, implicit or none") }
                relay.security = security
            case "auth":
                guard let mechanism = Mechanism(rawValue: value.lowercased()) else { throw .invalid(variable, "auth must be plain or login") }
                relay.mechanism = mechanism
            case "ca":
                guard FileManager.default.isReadableFile(atPath: value) else { throw .invalid(variable, "ca names no readable file: \(value)") }
                relay.trustedCertificateFile = value
            default:
                throw .invalid(variable, "unknown option \(item.name); the options are tls, auth and ca")
            }
        }
        relay.port = url.port ?? (relay.security == .implicitTLS ? 465 : 587)
        guard (1...65535).contains(relay.port) else { throw .invalid(variable, "the port must be from 1 to 65535") }
        if relay.password != nil, relay.username == nil { throw .invalid(variable, "has a password without a user") }
        if relay.security == .none, relay.username != nil, !relay.isLoopback {
            throw .invalid(variable, "would send the password to \(host) unencrypted: use STARTTLS (smtp://) or TLS (smtps://), or a relay on loopback")
        }
        return relay
    }
}
