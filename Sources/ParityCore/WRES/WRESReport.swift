/// Every WRES indicator of one organisation (or pooled roll-up) for one year.
public struct WRESReport: Sendable, Hashable, Codable {
    /// The WRES year: data as at 31 March of this year.
    public let year: Int
    public let representation: Representation
    /// Indicators 2, 3 and 4, keyed by indicator number.
    public let likelihoods: [Int: LikelihoodComparison]
    /// Indicators 5 to 8, keyed by indicator number.
    public let surveys: [Int: SurveyComparison]
    public let board: BoardComparison
    /// For a system or the region, which organisations each indicator (1–9) pools and which
    /// it leaves out, one entry per year pooled, oldest first; empty for an organisation
    /// (DOMAIN.md, pooling with partial returns).
    public let coverage: [Int: [PoolCoverage]]
    /// For a system or the region, indicators 2–4 adjusted for the organisations they pool;
    /// empty for an organisation (DOMAIN.md, adjusted roll-ups).
    public let adjusted: [Int: AdjustedLikelihood]

    /// A report from computed parts; `WRESEngine.report` computes one from counts.
    public init(year: Int, representation: Representation, likelihoods: [Int: LikelihoodComparison], surveys: [Int: SurveyComparison], board: BoardComparison, coverage: [Int: [PoolCoverage]] = [:],
                adjusted: [Int: AdjustedLikelihood] = [:]) {
        self.year = year
        self.representation = representation
        self.likelihoods = likelihoods
        self.surveys = surveys
        self.board = board
        self.coverage = coverage
        self.adjusted = adjusted
    }

    /// True when no indicator has any counts: nothing to show but "no data".
    public var isEmpty: Bool {
        representation.cells.isEmpty
            && board.seats.isEmpty
            && likelihoods.values.allSatisfy { $0.focus == nil && $0.reference == nil && $0.unknown == nil }
            && surveys.values.allSatisfy { $0.white == nil && $0.bme == nil }
    }
}
