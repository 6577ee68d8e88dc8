/// WRES indicator 9: BME share of the board against the BME share of the workforce, in
/// percentage points, for the whole board, voting and executive members (DOMAIN.md).
public struct BoardComparison: Sendable, Hashable, Codable {
    /// Members per seat kind and group, for the seats the return carries.
    public let seats: [BoardSeat: [PopulationGroup: Int]]
    /// BME % of all members of each kind, Unknown included in the denominator (0–100).
    public let boardBMEPercent: Double?
    public let votingBMEPercent: Double?
    public let executiveBMEPercent: Double?
    /// BME % of the whole workforce headcount, Unknown included (0–100).
    public let workforceBMEPercent: Double?
    /// Board % − workforce %, in percentage points.
    public let boardDifferencePoints: Double?
    public let votingDifferencePoints: Double?
    public let executiveDifferencePoints: Double?

    /// Indicator 9 from the members per seat kind and group and the workforce BME % (0–100);
    /// the board, voting and executive percentages and differences are computed here.
    public init(seats: [BoardSeat: [PopulationGroup: Int]], workforceBMEPercent: Double?) {
        self.seats = seats
        self.workforceBMEPercent = workforceBMEPercent
        boardBMEPercent = Self.bmePercent(seats, where: { _ in true })
        votingBMEPercent = Self.bmePercent(seats, where: \.isVoting)
        executiveBMEPercent = Self.bmePercent(seats, where: \.isExecutive)
        boardDifferencePoints = Self.difference(boardBMEPercent, workforceBMEPercent)
        votingDifferencePoints = Self.difference(votingBMEPercent, workforceBMEPercent)
        executiveDifferencePoints = Self.difference(executiveBMEPercent, workforceBMEPercent)
    }

    /// How many members hold seats matching `kind`, every group included.
    public func members(where kind: (BoardSeat) -> Bool) -> Int {
        seats.filter { kind($0.key) }.values.reduce(0) { $0 + $1.values.reduce(0, +) }
    }

    private static func bmePercent(_ seats: [BoardSeat: [PopulationGroup: Int]], where kind: (BoardSeat) -> Bool) -> Double? {
        let chosen = seats.filter { kind($0.key) }.values
        let total = chosen.reduce(0) { $0 + $1.values.reduce(0, +) }
        let bme = chosen.compactMap { $0[.bme] }
        guard !bme.isEmpty else { return nil }
        return RepresentationCell.percent(bme.reduce(0, +), of: total)
    }

    private static func difference(_ board: Double?, _ workforce: Double?) -> Double? {
        guard let board, let workforce else { return nil }
        return board - workforce
    }
}
