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
    /// For a system or the region, the figure adjusted for organisation; nil for an organisation.
    public let adjusted: PublishedAdjustedLikelihood?

    /// Applies `disclosure` to a WRES engine comparison (indicators 2–4) and, for a pool, its
    /// figure adjusted for organisation.
    public init(_ comparison: LikelihoodComparison, adjusted: AdjustedLikelihood? = nil, disclosure: CountDisclosure) {
        self.init(comparison, indicator: comparison.indicator, adjusted: adjusted, disclosure: disclosure, reading: WRESReading.sentence(comparison))
    }

    /// The rule for WRES 2–4 and WDES 2–3 alike: the ratio, interval and flag are withheld
    /// unless every count they are built from may be published; a group's percentage likewise
    /// by its own counts, so "* of 91 — 1.1%" can never appear (DOMAIN.md, disclosure control).
    init<Subject>(_ comparison: RelativeLikelihoodComparison<Subject>, indicator: Int, adjusted: AdjustedLikelihood?, disclosure: CountDisclosure,
                  reading: @autoclosure () -> String) {
        func counts(_ proportion: Proportion, _ group: PopulationGroup) -> [(Int, CountItem)] {
            [(proportion.events, .likelihood(disclosure.standard, indicator: indicator, group: group, base: false)),
             (proportion.base, .likelihood(disclosure.standard, indicator: indicator, group: group, base: true))]
        }
        func published(_ proportion: Proportion?, _ group: PopulationGroup, withheld: Bool) -> PublishedProportion? {
            proportion.map {
                PublishedProportion($0, group: group, indicator: indicator, disclosure: disclosure,
                                    withheld: withheld || !disclosure.mayPublishFigure(builtFrom: counts($0, group)))
            }
        }
        let behind = [(comparison.focus, comparison.focusGroup), (comparison.reference, comparison.referenceGroup)]
            .flatMap { proportion, group in proportion.map { counts($0, group) } ?? [] }
        let withheld = comparison.relativeLikelihood != nil && !disclosure.mayPublishFigure(builtFrom: behind)
        self.indicator = indicator
        focus = published(comparison.focus, comparison.focusGroup, withheld: withheld)
        reference = published(comparison.reference, comparison.referenceGroup, withheld: withheld)
        unknown = published(comparison.unknown, .unknown, withheld: false)
        relativeLikelihood = withheld ? nil : comparison.relativeLikelihood
        confidenceInterval = withheld ? nil : comparison.confidenceInterval
        isSignificant = withheld ? nil : comparison.isSignificant
        flag = withheld ? .tooFewToConclude : comparison.flag
        isWithheld = withheld
        sentence = withheld ? Withholding.sentence : reading()
        pooledYears = comparison.pooledYears
        self.adjusted = adjusted.map {
            PublishedAdjustedLikelihood($0, indicator: indicator, crude: comparison.relativeLikelihood, crudeWithheld: withheld, disclosure: disclosure)
        }
    }
}

/// One group's events out of its base (e.g. appointed of shortlisted), as it may be shown.
public struct PublishedProportion: Sendable, Hashable {
    public let group: PopulationGroup
    public let events: DisclosedCount
    public let base: DisclosedCount
    /// Events as a percentage of the base, 0–100; nil when undefined or withheld.
    public let percent: Double?

    init(_ proportion: Proportion, group: PopulationGroup, indicator: Int, disclosure: CountDisclosure, withheld: Bool) {
        self.group = group
        events = disclosure.disclose(proportion.events, .likelihood(disclosure.standard, indicator: indicator, group: group, base: false))
        base = disclosure.disclose(proportion.base, .likelihood(disclosure.standard, indicator: indicator, group: group, base: true))
        percent = withheld ? nil : proportion.percent
    }
}

/// The words shown where disclosure control withholds a figure.
public enum Withholding {
    public static let sentence = "Not published: a count it is built from is under 5, so the figure could identify individuals."
    public static let surveySentence = "Not published: fewer than 11 staff in a group answered, or a count is under 5."
    public static let adjustedSentence = "The figure adjusted for organisation is not published: an organisation's count it is built from is under 5 or withheld, or the pooled figure is."
}
