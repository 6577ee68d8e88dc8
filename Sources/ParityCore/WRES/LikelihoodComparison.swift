/// WRES indicators 2, 3 and 4: the relative likelihood of an event for one group against
/// another, oriented so that above 1 is adverse to BME staff (DOMAIN.md, WRES indicators).
/// `usedSingleYear` is true for indicator 3 without a usable previous return.
public typealias LikelihoodComparison = RelativeLikelihoodComparison<Int>

extension LikelihoodComparison {
    /// The WRES indicator compared: 2, 3 or 4.
    public var indicator: Int { subject }
}
