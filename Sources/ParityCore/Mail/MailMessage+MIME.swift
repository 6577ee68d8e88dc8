import Foundation

extension MailMessage {
    /// The message as it goes after SMTP's `DATA`: headers (`Date`, `From`, `To`, `Subject`,
    /// `Message-ID`, `MIME-Version`), then the text and HTML bodies as `multipart/alternative`,
    /// both quoted-printable. Every line ends in CRLF and none is longer than 78 characters
    /// but a header holding one long word; the same message always renders the same bytes.
    public func rendered() -> String {
        // "=_" never occurs in quoted-printable text, so no body line can look like the boundary.
        let unique = messageID.prefix { $0 != "@" }.unicodeScalars.filter(\.properties.isASCIIHexDigit)
        let boundary = "=_parity_" + String(String.UnicodeScalarView(unique).prefix(32))
        let fromName = from.name.map { EncodedWord.displayName($0) + " " } ?? ""
        var lines = [
            "Date: " + Self.dateFormatter.string(from: date),
            "From: " + fromName + "<\(from.address)>",
            "To: <\(to)>",
            "Subject: " + EncodedWord.header("Subject", subject),
            "Message-ID: <\(messageID)>",
            "MIME-Version: 1.0",
            "Content-Type: multipart/alternative;\r\n boundary=\"\(boundary)\"",
            "",
        ]
        for (type, body) in [("text/plain", text), ("text/html", html)] {
            lines += [
                "--" + boundary,
                "Content-Type: \(type); charset=utf-8",
                "Content-Transfer-Encoding: quoted-printable",
                "",
                QuotedPrintable.encode(body),
            ]
        }
        lines.append("--" + boundary + "--")
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// RFC 5322 section 3.3, in UTC.
    static let dateFormatter: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter
    }()
}
