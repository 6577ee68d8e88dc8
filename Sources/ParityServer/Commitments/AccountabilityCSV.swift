import ParityCore

/// The matrix as CSV for spreadsheets: one row per recommendation, one column per system,
/// each cell the status in words.
enum AccountabilityCSV {
    static func rows(_ matrix: AccountabilityMatrix) -> [[String]] {
        let header = ["Programme", "Recommendation", "Level", "Horizon", "Tags"] + matrix.systems.map { "\($0.name) (\($0.code))" }
        let rows = matrix.rows.map { row in
            [row.programme, row.title, row.level, row.span.text, row.tags.joined(separator: "; ")]
                + matrix.systems.map { row.cells[$0.code]?.status.label ?? "" }
        }
        return [header] + rows
    }
}
