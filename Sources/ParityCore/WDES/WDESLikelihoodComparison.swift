/// WDES metrics 2 and 3: the relative likelihood of an event for one group against another,
/// oriented so that above 1 is adverse to Disabled staff (DOMAIN.md, WDES metrics). The focus
/// group is non-disabled for metric 2 and Disabled for metric 3; `usedSingleYear` is true
/// when metric 3 had to use the current year alone because the previous return lacked the
/// counts.
public typealias WDESLikelihoodComparison = RelativeLikelihoodComparison<WDESMetric>

extension WDESLikelihoodComparison {
    /// The WDES metric compared; only `.appointment` and `.capability` have figures.
    public var metric: WDESMetric { subject }
}
