/// The header row of an extract: where each column Parity reads sits, which optional columns
/// are there, and which columns are ignored.
struct ExtractHeader {
    let width: Int
    let coverage: ExtractTally.Coverage
    let ignored: [String]
    private let positions: [ExtractColumn: Int]

    /// The cell index of `column`; only asked for columns the header has.
    func position(_ column: ExtractColumn) -> Int { positions[column]! }

    /// The header in `cells`, or why it cannot be read: a required column missing, or a column
    /// named twice. Names are matched ignoring case and surrounding spaces; a byte order mark
    /// before the first name is dropped.
    init(_ cells: ExtractRowCells) throws(ExtractHeaderProblem) {
        var positions: [ExtractColumn: Int] = [:]
        var ignored: [String] = []
        for index in 0..<cells.count {
            var name = String(decoding: cells[index], as: UTF8.self)
            if index == 0, name.hasPrefix("\u{FEFF}") { name.removeFirst() }
            let key = ImportText.trimmed(name).lowercased()
            guard let column = ExtractColumn(rawValue: key) else {
                ignored.append(name)
                continue
            }
            if positions[column] != nil {
                throw ExtractHeaderProblem(message: "the header names \(column.rawValue) twice; name each column once.")
            }
            positions[column] = index
        }
        let missing = ExtractColumn.required.filter { positions[$0] == nil }
        if !missing.isEmpty {
            throw ExtractHeaderProblem(message: "the header has no \(ImportText.list(missing.map(\.rawValue), conjunction: "or")) column. An extract's header names these columns, in any order: \(ExtractColumn.headerLine).")
        }
        coverage = ExtractTally.Coverage(
            disability: positions[.disability] != nil,
            capability: positions[.enteredCapability] != nil,
            board: positions[.board] != nil
        )
        width = cells.count
        self.ignored = ignored
        self.positions = positions
    }
}

/// Why an extract's header cannot be read.
struct ExtractHeaderProblem: Error {
    let message: String
}
