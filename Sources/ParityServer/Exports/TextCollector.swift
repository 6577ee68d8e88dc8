/// Gathers the text of a table cell: character references decoded and runs of white space
/// collapsed to one space, as a browser shows them.
struct TextCollector {
    private var text = ""
    private var pendingSpace = false

    mutating func append(_ bytes: ArraySlice<UInt8>) {
        let decoded = Self.decodeReferences(String(decoding: bytes, as: UTF8.self))
        for character in decoded {
            if character.isWhitespace {
                pendingSpace = true
            } else {
                if pendingSpace, !text.isEmpty { text.append(" ") }
                pendingSpace = false
                text.append(character)
            }
        }
    }

    mutating func appendSpace() {
        pendingSpace = true
    }

    func finish() -> String { text }

    /// Decodes the character references Leaf writes (`&amp;` `&lt;` `&gt;` `&quot;` `&#39;`)
    /// and any other numeric one; `&nbsp;` becomes a space. Unknown names are kept as written.
    static func decodeReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            guard let semicolon = after.prefix(12).firstIndex(of: ";") else {
                result += "&"
                rest = after
                continue
            }
            let name = after[..<semicolon]
            if let decoded = decode(name) {
                result += decoded
            } else {
                result += "&" + name + ";"
            }
            rest = after[after.index(after: semicolon)...]
        }
        return result + rest
    }

    private static func decode(_ name: Substring) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return " "
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }
}
