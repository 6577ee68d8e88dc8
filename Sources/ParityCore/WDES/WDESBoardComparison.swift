/// WDES metric 10: Disabled share of the board against the Disabled share of the workforce,
/// in percentage points, for the whole board, voting and executive members; each share has
/// Unknown in its denominator, as WRES indicator 9 (DOMAIN.md, WDES metric 10).
public struct WDESBoardComparison: Sendable, Hashable, Codable {
    /// Members per seat kind and group, for the seats the return carries.
    public let seats: [BoardSeat: [PopulationGroup: Int]]
    /// Disabled % of all members of each kind, 0–100.
    public let boardDisabledPercent: Double?
    public let votingDisabledPercent: Double?
    public let executiveDisabledPercent: Double?
    /// Disabled % of the whole metric-1 headcount, 0–100.
    public let workforceDisabledPercent: Double?
    /// Board % − workforce %, in percentage points.
    public let boardDifferencePoints: Double?
    public let votingDifferencePoints: Double?
    public let executiveDifferencePoints: Double?

    /// Metric 10 from members per seat kind and group and the workforce Disabled % (0–100).
    public init(seats: [BoardSeat: [PopulationGroup: Int]], workforceDisabledPercent: Double?) {
        self.seats = seats
        self.workforceDisabledPercent = workforceDisabledPercent
        boardDisabledPercent = Self.disabledPercent(seats) { _ in true }
        votingDisabledPercent = Self.disabledPercent(seats, where: \.isVoting)
        executiveDisabledPercent = Self.disabledPercent(seats, where: \.isExecutive)
        boardDifferencePoints = Self.difference(boardDisabledPercent, workforceDisabledPercent)
        votingDifferencePoints = Self.difference(votingDisabledPercent, workforceDisabledPercent)
        executiveDifferencePoints = Self.difference(executiveDisabledPercent, workforceDisabledPercent)
    }

    /// How many members hold seats matching `kind`, every group included.
    public func members(where kind: (BoardSeat) -> Bool) -> Int {
        seats.filter { kind($0.key) }.values.reduce(0) { $0 + $1.values.reduce(0, +) }
    }

    private static func disabledPercent(_ seats: [BoardSeat: [PopulationGroup: Int]], where kind: (BoardSeat) -> Bool) -> Double? {
        let chosen = seats.filter { kind($0.key) }.values
        let disabled = chosen.compactMap { $0[.disabled] }
        guard !disabled.isEmpty else { return nil }
        let total = chosen.reduce(0) { $0 + $1.values.reduce(0, +) }
        return Proportion(events: disabled.reduce(0, +), base: total).percent
    }

    private static func difference(_ board: Double?, _ workforce: Double?) -> Double? {
        guard let board, let workforce else { return nil }
        return board - workforce
    }
}
