/// Whether the words just before a number say it is a staff number, so that shorter staff
/// and ESR numbers (5+ digits) are removed only where the text names them.
enum StaffNumberContext {
    /// How many whitespace-separated words before the number are read.
    static let window = 4

    private static let phrases: [[String]] = [
        ["staff", "number"], ["staff", "no"], ["esr"], ["assignment", "number"], ["employee", "number"],
    ]

    /// True when one of the phrases appears among the `window` words before `start`.
    static func precedes(_ start: Int, in characters: [Character]) -> Bool {
        var tokens: [String] = []
        var current = ""
        var position = start - 1
        while position >= 0, tokens.count < window {
            let character = characters[position]
            if character.isWhitespace {
                if !current.isEmpty { tokens.append(current); current = "" }
            } else {
                current = String(character) + current
            }
            position -= 1
        }
        if !current.isEmpty, tokens.count < window { tokens.append(current) }
        let words = tokens.reversed().flatMap { token in
            token.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        }
        return phrases.contains { phrase in
            words.count >= phrase.count && (0...(words.count - phrase.count)).contains { Array(words[$0..<($0 + phrase.count)]) == phrase }
        }
    }
}
