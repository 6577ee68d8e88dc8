/// Why a population file was refused: every problem found, each written
/// "FILE:ROW:COLUMN: message" with the unknown parts left out, as compilers and `ImportIssue`
/// write them. (A `Result` needs an `Error`, which a bare `[String]` is not.)
public struct PopulationFileProblems: Error, Sendable, Hashable, CustomStringConvertible {
    public let file: String
    /// The problems in the order found: by row, then by column.
    public private(set) var messages: [String] = []

    init(file: String) { self.file = file }

    var isEmpty: Bool { messages.isEmpty }

    /// One problem per line.
    public var description: String { messages.joined(separator: "\n") }

    mutating func add(row: Int?, column: String?, _ message: String) {
        let location = [file, row.map(String.init), column].compactMap { $0 }.joined(separator: ":")
        messages.append(location + ": " + message)
    }
}
