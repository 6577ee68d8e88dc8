/// A valid row of a return file and the line of the file it came from.
struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
    let row: Int
    let value: Value
}

/// A valid data row of any kind the return file contract allows.
enum ParsedReturnRow: Sendable, Hashable {
    case wres(ReturnRow)
    case wdes(WDESReturnRow)
    case intersection(IntersectionReturnRow)

    /// What makes two rows the same count: everything but the count itself.
    var identity: ReturnRowIdentity {
        switch self {
        case let .wres(row): .wres(row.returnKey, row.key)
        case let .wdes(row): .wdes(row.returnKey, row.key)
        case let .intersection(row): .intersection(row.returnKey, row.key)
        }
    }

    /// The cells that identify the row, as the file writes them, for messages.
    var identifyingCells: [String] {
        switch self {
        case let .wres(row):
            [row.organisation, String(row.year), row.standard.rawValue, String(row.indicator), row.measure.rawValue, row.group.rawValue]
        case let .wdes(row):
            [row.organisation, String(row.year), Standard.wdes.rawValue, row.metric.rawValue, row.measure.rawValue, row.group.rawValue]
        case let .intersection(row):
            [row.organisation, String(row.year), Standard.wres.rawValue, String(row.indicator), row.measure.rawValue, row.group.rawValue]
        }
    }
}

/// What makes two return rows the same count: the return and the count's key within it.
enum ReturnRowIdentity: Sendable, Hashable {
    case wres(ReturnKey, CountKey)
    case wdes(ReturnKey, WDESCountKey)
    case intersection(ReturnKey, IntersectionCountKey)
}

/// The valid rows of a file so far, by kind, each with its line.
struct LocatedRows: Sendable {
    var wres: [Located<ReturnRow>] = []
    var wdes: [Located<WDESReturnRow>] = []
    var intersection: [Located<IntersectionReturnRow>] = []

    mutating func append(_ row: ParsedReturnRow, at line: Int) {
        switch row {
        case let .wres(value): wres.append(Located(row: line, value: value))
        case let .wdes(value): wdes.append(Located(row: line, value: value))
        case let .intersection(value): intersection.append(Located(row: line, value: value))
        }
    }
}
