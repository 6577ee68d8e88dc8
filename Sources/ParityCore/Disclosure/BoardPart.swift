/// A part of a board whose share of a group is published (WRES 9, WDES 10).
public enum BoardPart: String, Sendable, Hashable, CaseIterable {
    case whole, voting, executive

    /// Whether a seat of `seat`'s kind belongs to this part.
    public func includes(_ seat: BoardSeat) -> Bool {
        switch self {
        case .whole: true
        case .voting: seat.isVoting
        case .executive: seat.isExecutive
        }
    }
}
