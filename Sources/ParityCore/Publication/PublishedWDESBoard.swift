/// WDES metric 10 as it may be shown: members by seat kind with small counts hidden (and
/// secondary suppression), and the board's Disabled share (whole board, voting and executive
/// members) minus the workforce's, in percentage points, each withheld unless every count it
/// is built from may be published (DOMAIN.md, WDES metric 10 and disclosure control).
public struct PublishedWDESBoard: Sendable, Hashable {
    public static let groups: [PopulationGroup] = Standard.wdes.groups

    public let seats: [BoardSeat: [PopulationGroup: DisclosedCount]]
    public let boardDisabledPercent: Double?
    public let votingDisabledPercent: Double?
    public let executiveDisabledPercent: Double?
    public let workforceDisabledPercent: Double?
    public let boardDifferencePoints: Double?
    public let votingDifferencePoints: Double?
    public let executiveDifferencePoints: Double?
    /// True when the whole board's difference exists but may not be published.
    public let isWithheld: Bool
    public let sentence: String

    /// Applies `policy` to the engine's metric 10, with the metric-1 counts the workforce
    /// share is built from.
    public init(_ board: WDESBoardComparison, representation: WDESRepresentation, disclosure: CountDisclosure) {
        let table = DisclosedBoardSeats(board.seats, groups: Self.groups, disclosure: disclosure)
        seats = table.shown
        let boardOK = table.mayPublishShare(of: .disabled, .whole)
        let votingOK = table.mayPublishShare(of: .disabled, .voting)
        let executiveOK = table.mayPublishShare(of: .disabled, .executive)
        let workforceOK = disclosure.mayPublishFigure(builtFrom: [
            (representation.overall[.disabled] ?? 0, .headcount(.wdes, row: nil, group: .disabled)),
            (representation.overallTotal, .headcount(.wdes, row: nil, group: nil)),
        ])
        boardDisabledPercent = boardOK ? board.boardDisabledPercent : nil
        votingDisabledPercent = votingOK ? board.votingDisabledPercent : nil
        executiveDisabledPercent = executiveOK ? board.executiveDisabledPercent : nil
        workforceDisabledPercent = workforceOK ? board.workforceDisabledPercent : nil
        boardDifferencePoints = boardOK && workforceOK ? board.boardDifferencePoints : nil
        votingDifferencePoints = votingOK && workforceOK ? board.votingDifferencePoints : nil
        executiveDifferencePoints = executiveOK && workforceOK ? board.executiveDifferencePoints : nil
        isWithheld = board.boardDifferencePoints != nil && boardDifferencePoints == nil
        let partlyWithheld = (board.votingDifferencePoints != nil && votingDifferencePoints == nil)
            || (board.executiveDifferencePoints != nil && executiveDifferencePoints == nil)
        if isWithheld || (board.boardDisabledPercent != nil && boardDisabledPercent == nil) {
            sentence = Withholding.sentence
        } else if partlyWithheld, let board = boardDisabledPercent, let workforce = workforceDisabledPercent, let difference = boardDifferencePoints {
            // WDESReading would quote the withheld voting or executive difference.
            let parts = [("voting members", votingDifferencePoints), ("executive members", executiveDifferencePoints)]
                .map { "\($0.0) \($0.1.map(DisplayFormat.points) ?? "*")" }
            sentence = "Disabled members are \(DisplayFormat.percent(board)) of the board against \(DisplayFormat.percent(workforce)) of the workforce: "
                + "a difference of \(DisplayFormat.points(difference)) points (\(parts.joined(separator: ", ")))."
        } else {
            sentence = WDESReading.sentence(board)
        }
    }
}
