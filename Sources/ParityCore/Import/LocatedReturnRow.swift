/// A valid return row and the line of the file it came from.
struct LocatedReturnRow: Sendable, Hashable {
    let row: Int
    let value: ReturnRow
}

/// What makes two return rows the same count: everything but the count itself.
struct ReturnRowIdentity: Sendable, Hashable {
    let returnKey: ReturnKey
    let countKey: CountKey

    init(_ row: ReturnRow) {
        returnKey = row.returnKey
        countKey = row.key
    }
}
