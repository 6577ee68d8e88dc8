/// Quoted-printable content transfer encoding (RFC 2045 section 6.7) of UTF-8 text, with CRLF
/// line ends and no line longer than 76 characters, so any text, in any language and of any
/// line length, travels through SMTP's 998-character lines unchanged.
public enum QuotedPrintable {
    static let lineLimit = 76

    /// `text`, whose lines end in `\n` or `\r\n`, encoded; each encoded line ends in CRLF.
    public static func encode(_ text: String) -> String {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        return lines.map { encodeLine(Array($0.utf8)) }.joined(separator: "\r\n")
    }

    private static func encodeLine(_ bytes: [UInt8]) -> String {
        var output = ""
        var line = ""
        for (index, byte) in bytes.enumerated() {
            let isLast = index == bytes.count - 1
            let literal = (byte >= 33 && byte <= 126 && byte != UInt8(ascii: "=")) || ((byte == 32 || byte == 9) && !isLast)
            let piece = literal ? String(UnicodeScalar(byte)) : "=" + hex(byte)
            // Keep room for the soft break's "=" on every line but the last.
            let room = isLast ? lineLimit : lineLimit - 1
            if line.count + piece.count > room {
                output += line + "=\r\n"
                line = ""
            }
            line += piece
        }
        return output + line
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
