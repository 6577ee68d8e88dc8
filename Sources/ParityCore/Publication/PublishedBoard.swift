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

    public init(_ board: BoardComparison, representation: Representation, disclosure: CountDisclosure) {
        let table = DisclosedBoardSeats(board.seats, groups: Self.groups, disclosure: disclosure)
        seats = table.shown
        let boardOK = table.mayPublishShare(of: .bme, .whole)
        let votingOK = table.mayPublishShare(of: .bme, .voting)
        let executiveOK = table.mayPublishShare(of: .bme, .executive)
        let workforceOK = disclosure.mayPublishFigure(builtFrom: [
            (representation.overall[.bme] ?? 0, .headcount(.wres, row: nil, group: .bme)),
            (representation.overallTotal, .headcount(.wres, row: nil, group: nil)),
        ])
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
