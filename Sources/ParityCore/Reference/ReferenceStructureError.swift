/// Why a reference structure file was refused, and where: printed as `file:row: message`,
/// where row is the file's line number (the header is row 1).
public struct ReferenceStructureError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Problem: Sendable, Hashable {
        case badHeader(found: [String])
        case wrongColumnCount(found: Int)
        case emptyField(column: String)
        case systemWithTwoNames(code: String, first: String, second: String)
        case duplicateOrganisation(code: String, firstRow: Int)
        case unterminatedQuote
        case textAfterClosingQuote
        case noOrganisations
    }

    public var fileName: String
    public var row: Int
    public var problem: Problem

    public init(fileName: String, row: Int, problem: Problem) {
        self.fileName = fileName
        self.row = row
        self.problem = problem
    }

    public var message: String {
        switch problem {
        case let .badHeader(found):
            "the header must be \(ReferenceStructure.header.joined(separator: ",")), found \(found.joined(separator: ","))"
        case let .wrongColumnCount(found):
            "expected \(ReferenceStructure.header.count) columns, found \(found)"
        case let .emptyField(column):
            "\(column) is empty"
        case let .systemWithTwoNames(code, first, second):
            "system \(code) is named \"\(second)\" here but \"\(first)\" earlier"
        case let .duplicateOrganisation(code, firstRow):
            "organisation \(code) is listed twice (first at row \(firstRow))"
        case .unterminatedQuote:
            "a quoted field is not closed"
        case .textAfterClosingQuote:
            "text follows a closing quote; write a quote inside a quoted field as \"\""
        case .noOrganisations:
            "the file lists no organisations"
        }
    }

    public var description: String { "\(fileName):\(row): \(message)" }
}
