import Testing
@testable import ParityCore

struct WDESLikelihoodTests {
    // Worked check (DOMAIN.md): non-disabled 21.8% vs Disabled 20.9% appointed → RL 1.04.
    // 218/1000 ÷ 209/1000 = 1.0430622, CI 0.8815058–1.2342276 (python3).
    @Test func metric2WorkedCheck() throws {
        let counts = WDESCountsBuilder()
            .with(.appointment, .shortlisted, disabled: 1000, nonDisabled: 1000, unknown: 40)
            .with(.appointment, .appointed, disabled: 209, nonDisabled: 218, unknown: 7).counts
        let c = WDESEngine.likelihood(.appointment, year: 2026, current: counts, previous: nil)
        #expect(c.focusGroup == .nonDisabled && c.referenceGroup == .disabled)
        #expect(c.unknown == Proportion(events: 7, base: 40))
        #expect(StatisticsTolerance.matches(c.relativeLikelihood, 1.043062200956938))
        #expect(DisplayFormat.ratio(try #require(c.relativeLikelihood)) == "1.04")
        #expect(StatisticsTolerance.matches(c.confidenceInterval?.low, 0.8815057898901127))
        #expect(StatisticsTolerance.matches(c.confidenceInterval?.high, 1.2342275768838198))
        #expect(c.isSignificant == false && c.flag == .nonAdverse)
        #expect(c.pooledYears == [2026] && !c.usedSingleYear)
    }

    // Metric 3 pooled: Disabled (6 + 4)/(400 + 380) ÷ non-disabled (20 + 18)/(3600 + 3500)
    // = 2.3954116, CI 1.1982802–4.7885266 (python3).
    @Test func metric3PoolsTwoYears() {
        let current = WDESCountsBuilder().headcount(disabled: 400, nonDisabled: 3600, unknown: 300)
            .with(.capability, .enteredCapability, disabled: 6, nonDisabled: 20, unknown: 1).counts
        let previous = WDESCountsBuilder().headcount(disabled: 380, nonDisabled: 3500, unknown: 310)
            .with(.capability, .enteredCapability, disabled: 4, nonDisabled: 18).counts
        let c = WDESEngine.likelihood(.capability, year: 2026, current: current, previous: previous)
        #expect(c.focusGroup == .disabled && c.referenceGroup == .nonDisabled)
        #expect(c.focus == Proportion(events: 10, base: 780) && c.reference == Proportion(events: 38, base: 7100))
        #expect(c.unknown == nil) // previous year lacks the Unknown events: never mix years
        #expect(StatisticsTolerance.matches(c.relativeLikelihood, 2.395411605937922))
        #expect(StatisticsTolerance.matches(c.confidenceInterval?.low, 1.1982802211308126))
        #expect(StatisticsTolerance.matches(c.confidenceInterval?.high, 4.788526640661036))
        #expect(c.flag == .adverse && c.isSignificant == true)
        #expect(c.pooledYears == [2025, 2026] && !c.usedSingleYear)
    }

    // Single year: 6/400 ÷ 20/3600 = 2.7, CI 1.0906660–6.6839891 (python3).
    @Test(arguments: [nil, WDESCountsBuilder().headcount(disabled: 380, nonDisabled: 3500).counts])
    func metric3FallsBackToOneYear(previous: WDESCounts?) {
        let current = WDESCountsBuilder().headcount(disabled: 400, nonDisabled: 3600)
            .with(.capability, .enteredCapability, disabled: 6, nonDisabled: 20).counts
        let c = WDESEngine.likelihood(.capability, year: 2026, current: current, previous: previous)
        #expect(StatisticsTolerance.matches(c.relativeLikelihood, 2.7))
        #expect(StatisticsTolerance.matches(c.confidenceInterval?.low, 1.0906660455006936))
        #expect(c.pooledYears == [2026] && c.usedSingleYear)
    }

    @Test(arguments: [
        // (Disabled appointed/shortlisted, non-disabled appointed/shortlisted, expected flag)
        (Proportion(events: 10, base: 100), Proportion(events: 10, base: 100), Flag.nonAdverse),
        (Proportion(events: 0, base: 100), Proportion(events: 10, base: 100), .notApplicable),   // divisor likelihood 0
        (Proportion(events: 10, base: 100), Proportion(events: 0, base: 100), .tooFewToConclude), // focus had no events
        (Proportion(events: 10, base: 0), Proportion(events: 10, base: 100), .notApplicable),
        (Proportion(events: 40, base: 100), Proportion(events: 10, base: 100), .favourable),     // Disabled more likely appointed
        (Proportion(events: 10, base: 100), Proportion(events: 40, base: 100), .adverse),
    ])
    func metric2Flags(disabled: Proportion, nonDisabled: Proportion, expected: Flag) {
        let counts = WDESCountsBuilder()
            .with(.appointment, .shortlisted, disabled: disabled.base, nonDisabled: nonDisabled.base)
            .with(.appointment, .appointed, disabled: disabled.events, nonDisabled: nonDisabled.events).counts
        #expect(WDESEngine.likelihood(.appointment, year: 2026, current: counts, previous: nil).flag == expected)
    }

    @Test func missingCountsAreNotApplicable() {
        let c = WDESEngine.likelihood(.capability, year: 2026, current: WDESCounts(), previous: nil)
        #expect(c.focus == nil && c.reference == nil && c.relativeLikelihood == nil)
        #expect(c.flag == .notApplicable && !c.usedSingleYear)
        #expect(WDESEngine.likelihood(.valuedWork, year: 2026, current: WDESCounts(), previous: nil).flag == .notApplicable)
    }
}
