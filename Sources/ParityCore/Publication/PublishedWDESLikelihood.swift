extension PublishedLikelihood {
    /// WDES metric 2 or 3 as it may be shown, by the rule WRES's likelihoods follow: counts
    /// from 1 to the policy's small-count maximum hidden, and the ratio, interval and flag
    /// withheld unless every count it is built from is at least the policy's minimum
    /// (DOMAIN.md, disclosure control). `indicator` is the metric number (2 or 3); the
    /// sentence is `WDESReading`'s.
    public init(_ comparison: WDESLikelihoodComparison, policy: DisclosurePolicy) {
        let counts = [comparison.focus, comparison.reference].compactMap { $0 }.flatMap { [$0.events, $0.base] }
        let withheld = comparison.relativeLikelihood != nil && !policy.mayPublishFigure(builtFrom: counts)
        indicator = Int(comparison.metric.rawValue) ?? 0
        focus = comparison.focus.map { PublishedProportion($0, group: comparison.focusGroup, policy: policy, withheld: withheld) }
        reference = comparison.reference.map { PublishedProportion($0, group: comparison.referenceGroup, policy: policy, withheld: withheld) }
        unknown = comparison.unknown.map { PublishedProportion($0, group: .unknown, policy: policy, withheld: !policy.mayPublishFigure(builtFrom: [$0.events, $0.base])) }
        relativeLikelihood = withheld ? nil : comparison.relativeLikelihood
        confidenceInterval = withheld ? nil : comparison.confidenceInterval
        isSignificant = withheld ? nil : comparison.isSignificant
        flag = withheld ? .tooFewToConclude : comparison.flag
        isWithheld = withheld
        sentence = withheld ? Withholding.sentence : WDESReading.sentence(comparison)
        pooledYears = comparison.pooledYears
    }
}
