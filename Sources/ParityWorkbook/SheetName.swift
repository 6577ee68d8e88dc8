/// Worksheet names as spreadsheets accept them: 1 to 31 characters, none of `[ ] : * ? / \`.
enum SheetName {
    static let maximumLength = 31

    /// Whether `name` may name a sheet as it is.
    static func isValid(_ name: String) -> Bool {
        !name.isEmpty && name.count <= maximumLength && !name.contains(where: { "[]:*?/\\".contains($0) })
    }
}
