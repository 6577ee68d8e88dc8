/// The verdict on the first non-blank row of a return file, which must be the header
/// `organisation,year,standard,indicator,measure,group,count` (return file contract). Names
/// are compared without surrounding spaces and case.
enum ReturnHeaderCheck: Sendable, Hashable {
    case valid
    /// The first row looks like data: it names none of the columns.
    case missing(String)
    /// The first row is a header, but not this one.
    case wrong(String)

    init(_ fields: [String]) {
        let expected = ReturnColumn.header
        let found = fields.map { ImportText.trimmed($0).lowercased() }
        if found == expected {
            self = .valid
            return
        }
        let shown = ImportText.found(fields.joined(separator: ","), maximumLength: 120)
        let expectedSet = Set(expected)
        guard found.contains(where: expectedSet.contains) else {
            self = .missing("the first row must be the header \(ReturnColumn.headerLine); found \(shown) instead")
            return
        }
        let foundSet = Set(found)
        let missing = expected.filter { !foundSet.contains($0) }
        let unexpected = found.filter { !expectedSet.contains($0) }
        var details: [String] = []
        if !missing.isEmpty { details.append("missing " + ImportText.list(missing, conjunction: "and")) }
        if !unexpected.isEmpty { details.append("unexpected " + ImportText.list(unexpected.map { ImportText.found($0) }, conjunction: "and")) }
        if details.isEmpty {
            details.append(found.count > expected.count ? "a column appears more than once" : "the columns are in a different order")
        }
        self = .wrong("expected the header \(ReturnColumn.headerLine), in this order; found \(shown) ("
            + details.joined(separator: "; ") + ")")
    }
}
