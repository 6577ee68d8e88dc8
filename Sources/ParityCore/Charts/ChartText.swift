/// Fitting words into a chart without measuring fonts: an estimate of a label's width in
/// Arial, and labels shortened or wrapped to fit.
enum ChartText {
    /// The approximate width of `text` set at `size` px: Arial averages a little over half
    /// an em per character.
    static func width(_ text: String, size: Double) -> Double {
        Double(text.count) * size * 0.56
    }

    /// `text`, cut with "…" so that it fits `width` at `size` px. The full text stays in the
    /// chart's table.
    static func truncated(_ text: String, width: Double, size: Double) -> String {
        let fits = max(Int(width / (size * 0.56)), 2)
        guard text.count > fits else { return text }
        return String(text.prefix(fits - 1)).trimmingSpaces + "…"
    }

    /// `text` as it reads inside a sentence: its first letter in lower case, unless its first
    /// word is an acronym ("BME % of the workforce" stays as it is).
    static func inSentence(_ text: String) -> String {
        let firstWord = text.prefix { $0 != " " && $0 != "," }
        guard firstWord.filter(\.isUppercase).count < 2, let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }

    /// `text` broken between words into lines of at most `characters` (a longer word keeps
    /// a line of its own).
    static func wrapped(_ text: String, characters: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= characters {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

private extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
