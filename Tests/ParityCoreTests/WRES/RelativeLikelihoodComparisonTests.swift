import Testing
@testable import ParityCore

/// The one rule both standards' likelihoods share: ratio, log-method interval, significance
/// and flag from two proportions (DOMAIN.md, relative likelihood).
struct RelativeLikelihoodComparisonTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let focus, reference: Proportion?
        /// The expected RL and interval bounds, significance and flag.
        let ratio, low, high: Double?
        let isSignificant: Bool?, flag: Flag
        var testDescription: String { "\(String(describing: focus)) vs \(String(describing: reference))" }
    }

    // Intervals by python3: exp(ln RL ± 1.96·√(1/a − 1/n + 1/c − 1/m)).
    static let cases: [Case] = [
        Case(focus: Proportion(events: 10, base: 100), reference: Proportion(events: 5, base: 100),
             ratio: 2, low: 0.7089379078415825, high: 5.642243073414308, isSignificant: false, flag: .adverse),
        Case(focus: Proportion(events: 40, base: 100), reference: Proportion(events: 10, base: 100),
             ratio: 4, low: 2.119503308256724, high: 7.548938441223704, isSignificant: true, flag: .adverse),
        Case(focus: Proportion(events: 5, base: 100), reference: Proportion(events: 10, base: 100),
             ratio: 0.5, low: 1 / 5.642243073414308, high: 1 / 0.7089379078415825, isSignificant: false, flag: .favourable),
        // No focus events: the RL is 0 but there is no interval.
        Case(focus: Proportion(events: 0, base: 50), reference: Proportion(events: 5, base: 50),
             ratio: 0, low: nil, high: nil, isSignificant: nil, flag: .tooFewToConclude),
        // No reference events, or a missing group: undefined, n/a.
        Case(focus: Proportion(events: 5, base: 50), reference: Proportion(events: 0, base: 50),
             ratio: nil, low: nil, high: nil, isSignificant: nil, flag: .notApplicable),
        Case(focus: Proportion(events: 5, base: 50), reference: nil,
             ratio: nil, low: nil, high: nil, isSignificant: nil, flag: .notApplicable),
    ]

    @Test(arguments: cases)
    func figuresFromProportions(c: Case) {
        let wres = LikelihoodComparison(
            2, focusGroup: .white, referenceGroup: .bme, focus: c.focus, reference: c.reference,
            unknown: nil, pooledYears: [2024], usedSingleYear: false, policy: .standard)
        #expect(wres.indicator == 2)
        #expect(StatisticsTolerance.matches(wres.relativeLikelihood, c.ratio))
        #expect(StatisticsTolerance.matches(wres.confidenceInterval?.low, c.low))
        #expect(StatisticsTolerance.matches(wres.confidenceInterval?.high, c.high))
        #expect(wres.isSignificant == c.isSignificant)
        #expect(wres.flag == c.flag)

        let wdes = WDESLikelihoodComparison(
            .appointment, focusGroup: .nonDisabled, referenceGroup: .disabled, focus: c.focus, reference: c.reference,
            unknown: nil, pooledYears: [2024], usedSingleYear: false, policy: .standard)
        #expect(wdes.metric == .appointment)
        #expect(wdes.relativeLikelihood == wres.relativeLikelihood && wdes.confidenceInterval == wres.confidenceInterval)
        #expect(wdes.isSignificant == wres.isSignificant && wdes.flag == wres.flag)
    }
}
