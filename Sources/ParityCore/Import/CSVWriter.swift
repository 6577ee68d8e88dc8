/// Writes CSV lines that `CSVReader` (and spreadsheets) read back to the same cells.
public enum CSVWriter {
    /// Returns one CSV line for `fields`, without a line break: cells are joined by commas, and
    /// a cell holding a comma, a double quote, a line break or leading/trailing spaces is put in
    /// double quotes with its inner quotes written twice (RFC 4180, section 2.6–2.7).
    public static func line(_ fields: [String]) -> String {
        fields.map(cell).joined(separator: ",")
    }

    private static func cell(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0.isNewline }
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        let escaped = text.flatMap { $0 == "\"" ? ["\"", "\""] : [$0] }
        return "\"" + String(escaped) + "\""
    }
}

extension CSVWriter {
    /// Returns a CSV file for people to open in a spreadsheet: a UTF-8 byte order mark (so
    /// Excel reads the encoding), CRLF line ends, and every cell made safe with `neutralised`.
    public static func spreadsheetFile(_ rows: [[String]]) -> String {
        "\u{FEFF}" + rows.map { line($0.map(neutralised)) + "\r\n" }.joined()
    }

    /// The cell, with a leading apostrophe when a spreadsheet could run it as a formula: text
    /// starting with `=`, `+`, `-`, `@`, a tab or a carriage return (OWASP, CSV injection).
    /// Pages write negative figures with the minus sign "−", which no spreadsheet runs.
    public static func neutralised(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return cell }
        return "'" + cell
    }
}
