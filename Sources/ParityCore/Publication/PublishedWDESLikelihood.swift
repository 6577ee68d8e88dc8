extension PublishedLikelihood {
    /// WDES metric 2 or 3 as it may be shown, by the rule WRES's likelihoods follow
    /// (DOMAIN.md, disclosure control). `indicator` is the metric number (2 or 3); the
    /// sentence is `WDESReading`'s.
    public init(_ comparison: WDESLikelihoodComparison, adjusted: AdjustedLikelihood? = nil, disclosure: CountDisclosure) {
        self.init(comparison, indicator: Int(comparison.metric.rawValue) ?? 0, adjusted: adjusted, disclosure: disclosure, reading: WDESReading.sentence(comparison))
    }
}
