import Vapor

/// Random secrets for sessions, one-time links and API tokens: 32 random bytes, URL-safe.
/// Only a SHA-256 of a secret is ever stored.
enum SecretToken {
    static func make() -> String {
        base64URL(Data([UInt8].random(count: 32)))
    }

    /// Base64 with the URL-safe alphabet and no padding (RFC 4648, §5).
    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func sha256(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).hexString
    }
}
