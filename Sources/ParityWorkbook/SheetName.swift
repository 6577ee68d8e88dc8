import ParityCore

/// Worksheet names as spreadsheets accept them: 1 to 31 characters, none of `[ ] : * ? / \`,
/// unique in the workbook ignoring case.
public enum SheetName {
    public static let maximumLength = 31

    /// A valid name made from `text` that no name in `taken` already uses: forbidden
    /// characters become spaces, long text is cut, and a repeat gets " (2)", " (3)"….
    public static func make(from text: String, taken: [String]) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        var base = String(text.map { forbidden.contains($0) || $0.isNewline ? " " : $0 })
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        if base.isEmpty { base = "Sheet" }
        let used = Set(taken.map { $0.lowercased() })
        var candidate = String(base.prefix(maximumLength))
        var number = 2
        while used.contains(candidate.lowercased()) {
            let suffix = " (\(number))"
            candidate = String(base.prefix(maximumLength - suffix.count)) + suffix
            number += 1
        }
        return candidate
    }

    /// Whether `name` may name a sheet as it is.
    static func isValid(_ name: String) -> Bool {
        !name.isEmpty && name.count <= maximumLength && !name.contains(where: { "[]:*?/\\".contains($0) })
    }
}
