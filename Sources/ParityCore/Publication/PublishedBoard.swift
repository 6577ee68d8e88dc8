/// WRES indicator 9 as it may be shown: the board's BME share (whole board, voting and
/// executive members) minus the workforce's, in percentage points.
public struct PublishedBoard: Sendable, Hashable {
    public static let groups: [PopulationGroup] = [.white, .bme, .unknown]

    public let seats: [BoardSeat: [PopulationGroup: DisclosedCount]]
    public let boardBMEPercent: Double?
    public let votingBMEPercent: Double?
    public let executiveBMEPercent: Double?
    public let workforceBMEPercent: Double?
    public let boardDifferencePoints: Double?
    public let votingDifferencePoints: Double?
    public let executiveDifferencePoints: Double?
    public let isWithheld: Bool

    public init(_ board: BoardComparison, representation: Representation, policy: DisclosurePolicy) {
        let seatOrder = BoardSeat.allCases.filter { board.seats[$0] != nil }
        let table = seatOrder.map { seat in Self.groups.map { board.seats[seat]?[$0] ?? 0 } }
        let disclosed = policy.suppressTable(table)
        var seats: [BoardSeat: [PopulationGroup: DisclosedCount]] = [:]
        for (seat, shown) in zip(seatOrder, disclosed) {
            seats[seat] = Dictionary(uniqueKeysWithValues: zip(Self.groups, shown))
        }
        self.seats = seats

        func members(_ include: (BoardSeat) -> Bool) -> [Int] {
            let chosen = seatOrder.filter(include)
            let bme = chosen.reduce(0) { $0 + (board.seats[$1]?[.bme] ?? 0) }
            let all = chosen.reduce(0) { total, seat in total + Self.groups.reduce(0) { $0 + (board.seats[seat]?[$1] ?? 0) } }
            return [bme, all]
        }
        let boardOK = policy.mayPublishFigure(builtFrom: members { _ in true })
        let votingOK = policy.mayPublishFigure(builtFrom: members(\.isVoting))
        let executiveOK = policy.mayPublishFigure(builtFrom: members(\.isExecutive))
        let workforceOK = policy.mayPublishFigure(builtFrom: [representation.overall[.bme] ?? 0, representation.overallTotal])
        boardBMEPercent = boardOK ? board.boardBMEPercent : nil
        votingBMEPercent = votingOK ? board.votingBMEPercent : nil
        executiveBMEPercent = executiveOK ? board.executiveBMEPercent : nil
        workforceBMEPercent = workforceOK ? board.workforceBMEPercent : nil
        boardDifferencePoints = boardOK && workforceOK ? board.boardDifferencePoints : nil
        votingDifferencePoints = votingOK && workforceOK ? board.votingDifferencePoints : nil
        executiveDifferencePoints = executiveOK && workforceOK ? board.executiveDifferencePoints : nil
        isWithheld = board.boardBMEPercent != nil && boardDifferencePoints == nil
    }
}
