/// Reads the region's reference structure: which organisations belong to which integrated
/// care system (DOMAIN.md, the Midlands; `reference/midlands.csv`). Names and codes only,
/// never figures.
public enum ReferenceStructure {
    /// The columns of the reference structure file, in order.
    public static let header = ["system_code", "system_name", "organisation_code", "organisation_name"]

    /// The systems (in order of first appearance) and organisations (in file order) listed in
    /// `csv`. Fields are trimmed of surrounding spaces. Throws, naming `fileName` and the row,
    /// for a bad header, a row with the wrong number of columns or an empty field, a system
    /// code given two names, an organisation code listed twice, or a file with no rows.
    public static func parse(csv: String, fileName: String) throws(ReferenceStructureError) -> (systems: [ReferenceSystem], organisations: [ReferenceOrganisation]) {
        let records: [ReferenceCSV.Record]
        do throws(ReferenceCSV.Failure) {
            records = try ReferenceCSV.records(csv)
        } catch {
            switch error {
            case let .unterminatedQuote(line):
                throw ReferenceStructureError(fileName: fileName, row: line, problem: .unterminatedQuote)
            case let .textAfterClosingQuote(line):
                throw ReferenceStructureError(fileName: fileName, row: line, problem: .textAfterClosingQuote)
            }
        }

        func failure(_ row: Int, _ problem: ReferenceStructureError.Problem) -> ReferenceStructureError {
            ReferenceStructureError(fileName: fileName, row: row, problem: problem)
        }

        guard let headerRecord = records.first else { throw failure(1, .noOrganisations) }
        let found = headerRecord.fields.map(trimmed)
        guard found.map({ $0.lowercased() }) == header else { throw failure(headerRecord.line, .badHeader(found: found)) }

        var systems: [ReferenceSystem] = []
        var systemNames: [String: String] = [:]
        var organisations: [ReferenceOrganisation] = []
        var organisationRows: [String: Int] = [:]

        for record in records.dropFirst() {
            guard record.fields.count == header.count else {
                throw failure(record.line, .wrongColumnCount(found: record.fields.count))
            }
            let fields = record.fields.map(trimmed)
            if let empty = fields.firstIndex(of: "") { throw failure(record.line, .emptyField(column: header[empty])) }
            let (systemCode, systemName, code, name) = (fields[0], fields[1], fields[2], fields[3])

            if let known = systemNames[systemCode] {
                guard known == systemName else {
                    throw failure(record.line, .systemWithTwoNames(code: systemCode, first: known, second: systemName))
                }
            } else {
                systemNames[systemCode] = systemName
                systems.append(ReferenceSystem(code: systemCode, name: systemName))
            }
            if let firstRow = organisationRows[code] {
                throw failure(record.line, .duplicateOrganisation(code: code, firstRow: firstRow))
            }
            organisationRows[code] = record.line
            organisations.append(ReferenceOrganisation(code: code, name: name, systemCode: systemCode))
        }
        guard !organisations.isEmpty else { throw failure(headerRecord.line, .noOrganisations) }
        return (systems, organisations)
    }

    private static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isSpace($0) }),
              let end = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[start...end])
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t"
    }
}
