/// WRES indicators 2, 3 and 4: the relative likelihood of an event for one group against
/// another, oriented so that above 1 is adverse to BME staff (DOMAIN.md, WRES indicators).
public struct LikelihoodComparison: Sendable, Hashable, Codable {
    public let indicator: Int
    public let focusGroup: PopulationGroup
    public let referenceGroup: PopulationGroup
    /// Events of base for the focus group; `nil` when the return lacks the counts.
    public let focus: Proportion?
    public let reference: Proportion?
    /// The Unknown group, shown for completeness and never compared (DOMAIN.md).
    public let unknown: Proportion?
    /// Focus likelihood ÷ reference likelihood; `nil` when undefined.
    public let relativeLikelihood: Double?
    /// The log-method interval of the RL, as a ratio; `nil` when too few events.
    public let confidenceInterval: ConfidenceInterval?
    /// Whether the interval excludes 1; `nil` without an interval.
    public let isSignificant: Bool?
    public let flag: Flag
    /// The years whose counts were pooled, oldest first: `[previous, current]` for
    /// indicator 3's two-year rolling figure, otherwise `[current]`.
    public let pooledYears: [Int]
    /// True when the indicator's rule pools two years but only the current one was
    /// available (indicator 3 without a usable previous return); false otherwise.
    public let usedSingleYear: Bool

    /// A comparison from computed figures; `WRESEngine.likelihood` computes one from counts.
    public init(
        indicator: Int, focusGroup: PopulationGroup, referenceGroup: PopulationGroup,
        focus: Proportion?, reference: Proportion?, unknown: Proportion?,
        relativeLikelihood: Double?, confidenceInterval: ConfidenceInterval?, isSignificant: Bool?,
        flag: Flag, pooledYears: [Int], usedSingleYear: Bool
    ) {
        self.indicator = indicator
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
