/// A relative likelihood of an event for one group against another, for one WRES indicator or
/// WDES metric (`Subject`), oriented so that above 1 is adverse to the group the standard
/// protects. Both standards compare by the same rule, so the figures live here once
/// (DOMAIN.md, WRES indicators 2–4 and WDES metrics 2–3).
public struct RelativeLikelihoodComparison<Subject: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    /// The indicator or metric compared.
    public let subject: Subject
    public let focusGroup: PopulationGroup
    public let referenceGroup: PopulationGroup
    /// Events of base for the focus group; `nil` when the return lacks the counts.
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
    /// The years whose counts were pooled, oldest first: `[previous, current]` for a
    /// two-year rolling figure, otherwise `[current]`.
    public let pooledYears: [Int]
    /// True when the rule pools two years but only the current one was available.
    public let usedSingleYear: Bool

    /// Compares `focus` with `reference`: the relative likelihood as a plain ratio, its
    /// log-method interval at `policy.z`, whether that interval excludes 1, and the flag
    /// `policy` gives them; each `nil` (flag n/a) when a proportion is missing or the figure
    /// is undefined. `WRESEngine.likelihood` and `WDESEngine.likelihood` pool the counts
    /// (DOMAIN.md, relative likelihood).
    public init(
        _ subject: Subject, focusGroup: PopulationGroup, referenceGroup: PopulationGroup,
        focus: Proportion?, reference: Proportion?, unknown: Proportion?,
        pooledYears: [Int], usedSingleYear: Bool, policy: AnalysisPolicy
    ) {
        let ratio = focus.flatMap { f in reference.flatMap { RelativeLikelihood.ratio(focus: f, reference: $0) } }
        let interval = focus.flatMap { f in reference.flatMap { RelativeLikelihood.interval(focus: f, reference: $0, z: policy.z) } }
        self.subject = subject
        self.focusGroup = focusGroup
        self.referenceGroup = referenceGroup
        self.focus = focus
        self.reference = reference
        self.unknown = unknown
        relativeLikelihood = ratio
        confidenceInterval = interval
        isSignificant = interval.map { $0.excludes(1) }
        flag = policy.likelihoodFlag(relativeLikelihood: ratio, interval: interval)
        self.pooledYears = pooledYears
        self.usedSingleYear = usedSingleYear
    }
}
