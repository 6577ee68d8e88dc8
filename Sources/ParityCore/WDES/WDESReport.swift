/// Every WDES metric of one organisation (or pooled roll-up) for one year.
public struct WDESReport: Sendable, Hashable, Codable {
    /// The WDES year: data as at 31 March of this year.
    public let year: Int
    public let representation: WDESRepresentation
    /// Metrics 2 and 3.
    public let likelihoods: [WDESMetric: WDESLikelihoodComparison]
    /// Metrics 4a(i) to 7.
    public let surveys: [WDESMetric: WDESSurveyComparison]
    public let adjustments: WDESAdjustments
    public let engagement: WDESEngagement
    public let voiceAction: WDESVoiceAction
    public let board: WDESBoardComparison
    /// For a system or the region, which organisations each metric pools and which it leaves
    /// out, one entry per year pooled, oldest first; empty for an organisation (DOMAIN.md,
    /// pooling with partial returns).
    public let coverage: [WDESMetric: [PoolCoverage]]
    /// For a system or the region, metrics 2 and 3 adjusted for the organisations they pool;
    /// empty for an organisation (DOMAIN.md, adjusted roll-ups).
    public let adjusted: [WDESMetric: AdjustedLikelihood]

    /// A report from computed parts; `WDESEngine.report` computes one from counts.
    public init(
        year: Int, representation: WDESRepresentation, likelihoods: [WDESMetric: WDESLikelihoodComparison],
        surveys: [WDESMetric: WDESSurveyComparison], adjustments: WDESAdjustments, engagement: WDESEngagement,
        voiceAction: WDESVoiceAction, board: WDESBoardComparison, coverage: [WDESMetric: [PoolCoverage]] = [:],
        adjusted: [WDESMetric: AdjustedLikelihood] = [:]
    ) {
        self.year = year
        self.representation = representation
        self.likelihoods = likelihoods
        self.surveys = surveys
        self.adjustments = adjustments
        self.engagement = engagement
        self.voiceAction = voiceAction
        self.board = board
        self.coverage = coverage
        self.adjusted = adjusted
    }

    /// True when no metric has any counts and there is no narrative: nothing but "no data".
    public var isEmpty: Bool {
        representation.cells.isEmpty
            && board.seats.isEmpty
            && likelihoods.values.allSatisfy { $0.focus == nil && $0.reference == nil && $0.unknown == nil }
            && surveys.values.allSatisfy { $0.disabled == nil && $0.nonDisabled == nil }
            && adjustments.disabled == nil
            && engagement.scores.isEmpty
            && voiceAction.organisationsAnsweringYes == nil && voiceAction.narrative == nil
    }
}
