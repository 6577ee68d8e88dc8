/// Small text helpers for import messages, kept in one namespace so they cannot clash with
/// other parts of the core.
public enum ImportText {
    /// A cell's text without surrounding spaces, tabs or line breaks.
    static func trimmed(_ text: String) -> String {
        // Most cells start and end with a visible ASCII character: nothing to trim, no Unicode look-ups.
        if let first = text.utf8.first, let last = text.utf8.last, isVisibleASCII(first), isVisibleASCII(last) { return text }
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(text[first...last])
    }

    /// Whether a cell holds nothing but spaces, tabs or line breaks.
    static func isBlank(_ text: String) -> Bool {
        if let first = text.utf8.first, isVisibleASCII(first) { return false }
        return text.allSatisfy(\.isWhitespace)
    }

    private static func isVisibleASCII(_ byte: UInt8) -> Bool { (0x21...0x7E).contains(byte) }

    /// Whether the text is one or more ASCII digits, with no sign, point or separator.
    static func isDigits(_ text: some StringProtocol) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// How a found value is shown in a message: quoted, shortened when long, or "a blank cell".
    /// Invisible characters are written as `\u{…}`: a message must show what the cell holds, and
    /// a hostile file must not drive a terminal (escape sequences) or reorder the text around it
    /// (bidirectional overrides) through its echo.
    public static func found(_ text: String, maximumLength: Int = 40) -> String {
        if text.isEmpty { return "a blank cell" }
        if text.count <= maximumLength { return "'\(visible(text))'" }
        return "'\(visible(String(text.prefix(maximumLength))))…'"
    }

    /// The text with control and format characters (NUL, ESC, byte order marks, zero-width
    /// spaces, bidirectional overrides) written as `\u{…}`, as Swift writes them.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isInvisible) else { return text }
        var shown = ""
        for scalar in text.unicodeScalars {
            if isInvisible(scalar) {
                shown += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format: true
        default: false
        }
    }

    /// A whole number with thousands separators: 10000000 → "10,000,000".
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return number < 0 ? "-" + result : result
    }

    /// A size in bytes for people, rounded up to one decimal: 20971521 → "20.1 MiB".
    static func size(_ bytes: Int) -> String {
        for (unit, name) in [(1024 * 1024, "MiB"), (1024, "KiB")] where bytes >= unit {
            if bytes % unit == 0 { return "\(bytes / unit) \(name)" }
            let tenths = (bytes * 10 + unit - 1) / unit
            return "\(tenths / 10).\(tenths % 10) \(name)"
        }
        return "\(bytes) bytes"
    }

    /// Items joined as a person would list them: "a, b or c".
    static func list(_ items: [String], conjunction: String = "or") -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items[items.count - 1]
    }
}
