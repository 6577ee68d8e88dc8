/// WDES metrics 2 and 3: the relative likelihood of an event for one group against another,
/// oriented so that above 1 is adverse to Disabled staff (DOMAIN.md, WDES metrics).
public struct WDESLikelihoodComparison: Sendable, Hashable, Codable {
    public let metric: WDESMetric
    /// Non-disabled for metric 2, Disabled for metric 3.
    public let focusGroup: PopulationGroup
    public let referenceGroup: PopulationGroup
    /// Events of base; `nil` when the return lacks the counts.
    public let focus: Proportion?
    public let reference: Proportion?
    /// The Unknown group, shown for completeness and never compared (DOMAIN.md).
    public let unknown: Proportion?
    /// Focus likelihood ÷ reference likelihood, a plain ratio; `nil` when undefined.
    public let relativeLikelihood: Double?
    /// The log-method interval of the RL, as a ratio; `nil` when too few events.
    public let confidenceInterval: ConfidenceInterval?
    /// Whether the interval excludes 1; `nil` without an interval.
    public let isSignificant: Bool?
    public let flag: Flag
    /// The years pooled, oldest first: `[previous, current]` for metric 3's two-year
    /// rolling figure, otherwise `[current]`.
    public let pooledYears: [Int]
    /// True when metric 3 had to use the current year alone because the previous return
    /// lacked the counts.
    public let usedSingleYear: Bool

    /// A comparison from computed figures; `WDESEngine.likelihood` computes one from counts.
    public init(
        metric: WDESMetric, focusGroup: PopulationGroup, referenceGroup: PopulationGroup,
        focus: Proportion?, reference: Proportion?, unknown: Proportion?,
        relativeLikelihood: Double?, confidenceInterval: ConfidenceInterval?, isSignificant: Bool?,
        flag: Flag, pooledYears: [Int], usedSingleYear: Bool
    ) {
        self.metric = metric
        self.focusGroup = focusGroup
        self.referenceGroup = referenceGroup
        self.focus = focus
        self.reference = reference
        self.unknown = unknown
        self.relativeLikelihood = relativeLikelihood
        self.confidenceInterval = confidenceInterval
        self.isSignificant = isSignificant
        self.flag = flag
        self.pooledYears = pooledYears
        self.usedSingleYear = usedSingleYear
    }
}
