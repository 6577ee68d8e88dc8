/// A problem with one cell of a return row, before it is placed in a file and row.
struct ReturnCellProblem: Error, Sendable, Hashable {
    let kind: ImportIssue.Kind
    let column: ReturnColumn
    let message: String
}
