/// A relative-likelihood indicator (WRES 2, 3, 4) as it may be shown to one audience: counts
/// hidden where small, and the ratio withheld unless every count it is built from may be
/// published (DOMAIN.md, disclosure control).
public struct PublishedLikelihood: Sendable, Hashable {
    public let indicator: Int
    public let focus: PublishedProportion?
    public let reference: PublishedProportion?
    public let unknown: PublishedProportion?
    public let relativeLikelihood: Double?
    public let confidenceInterval: ConfidenceInterval?
    public let isSignificant: Bool?
    public let flag: Flag
    /// True when disclosure control hid a figure that exists.
    public let isWithheld: Bool
    public let sentence: String
    public let pooledYears: [Int]

    /// Applies `policy` to an engine comparison.
    public init(_ comparison: LikelihoodComparison, policy: DisclosurePolicy) {
        let counts = [comparison.focus, comparison.reference].compactMap { $0 }.flatMap { [$0.events, $0.base] }
        let withheld = comparison.relativeLikelihood != nil && !policy.mayPublishFigure(builtFrom: counts)
        indicator = comparison.indicator
        focus = comparison.focus.map { PublishedProportion($0, group: comparison.focusGroup, policy: policy, withheld: withheld) }
        reference = comparison.reference.map { PublishedProportion($0, group: comparison.referenceGroup, policy: policy, withheld: withheld) }
        unknown = comparison.unknown.map { PublishedProportion($0, group: .unknown, policy: policy, withheld: !policy.mayPublishFigure(builtFrom: [$0.events, $0.base])) }
        relativeLikelihood = withheld ? nil : comparison.relativeLikelihood
        confidenceInterval = withheld ? nil : comparison.confidenceInterval
        isSignificant = withheld ? nil : comparison.isSignificant
        flag = withheld ? .tooFewToConclude : comparison.flag
        isWithheld = withheld
        sentence = withheld ? Withholding.sentence : WRESReading.sentence(comparison)
        pooledYears = comparison.pooledYears
    }
}

/// One group's events out of its base (e.g. appointed of shortlisted), as it may be shown.
public struct PublishedProportion: Sendable, Hashable {
    public let group: PopulationGroup
    public let events: DisclosedCount
    public let base: DisclosedCount
    /// Events as a percentage of the base, 0–100; nil when undefined or withheld.
    public let percent: Double?

    public init(_ proportion: Proportion, group: PopulationGroup, policy: DisclosurePolicy, withheld: Bool) {
        self.group = group
        events = policy.disclose(proportion.events)
        base = policy.disclose(proportion.base)
        percent = withheld ? nil : proportion.percent
    }
}

/// The words shown where disclosure control withholds a figure.
public enum Withholding {
    public static let sentence = "Not published: a count it is built from is under 5, so the figure could identify individuals."
    public static let surveySentence = "Not published: fewer than 11 staff in a group answered, or a count is under 5."
}
