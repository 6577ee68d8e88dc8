/// The file that says which areas each system or organisation (or `region`) serves:
/// `scope_code,area_code`. Every problem is reported at once as FILE:ROW:COLUMN.
public enum AreaLinkFile {
    public static let header = ["scope_code", "area_code"]

    /// The links, or every problem: unknown scope or area codes, duplicates, bad rows.
    public static func parse(_ bytes: [UInt8], fileName: String, knownScopes: Set<String>, knownAreas: Set<String>) -> Result<[AreaLink], PopulationFileProblems> {
        var problems = PopulationFileProblems(file: fileName)
        var links: [AreaLink] = []
        var seen: [AreaLink: Int] = [:]
        var sawHeader = false
        for result in CSVReader(bytes) {
            switch result {
            case let .failure(error):
                problems.add(row: error.row, column: nil, error.issueMessage)
            case let .success(record):
                let fields = record.fields.map { $0.trimmingCharacters(in: .whitespaces) }
                if fields.allSatisfy(\.isEmpty) { continue }
                if !sawHeader {
                    sawHeader = true
                    if fields.map({ $0.lowercased() }) != header {
                        problems.add(row: record.row, column: nil, "the header must be \(header.joined(separator: ","))")
                    }
                    continue
                }
                guard fields.count == 2 else {
                    problems.add(row: record.row, column: nil, "expected 2 columns, found \(fields.count)")
                    continue
                }
                let link = AreaLink(scopeCode: fields[0], areaCode: fields[1])
                if !knownScopes.contains(link.scopeCode) {
                    problems.add(row: record.row, column: "scope_code", "\(link.scopeCode) is not a known system or organisation code, nor \"region\"")
                }
                if !knownAreas.contains(link.areaCode) {
                    problems.add(row: record.row, column: "area_code", "\(link.areaCode) has no population figures; import them first")
                }
                if let first = seen[link] {
                    problems.add(row: record.row, column: nil, "duplicates row \(first)")
                } else {
                    seen[link] = record.row
                    links.append(link)
                }
            }
        }
        if !sawHeader { problems.add(row: nil, column: nil, "the file is empty") }
        return problems.isEmpty ? .success(links) : .failure(problems)
    }
}

/// One link between a scope (system, organisation or the region) and an area it serves.
public struct AreaLink: Sendable, Hashable {
    public var scopeCode: String
    public var areaCode: String

    public init(scopeCode: String, areaCode: String) {
        self.scopeCode = scopeCode
        self.areaCode = areaCode
    }
}
