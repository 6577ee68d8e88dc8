/// The bytes SMTP's `DATA` sends for a rendered message (RFC 5321 section 4.5.2): every line
/// that starts with "." gets a second one, so no line of the message can end it early, and the
/// terminating "CRLF . CRLF" follows.
public enum SMTPDotStuffing {
    public static func data(_ message: String) -> String {
        var lines = message.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines.map { $0.hasPrefix(".") ? "." + $0 : String($0) }.joined(separator: "\r\n") + "\r\n.\r\n"
    }
}
