import Testing
@testable import ParityCore

struct WDESSurveyTests {
    // 4a(ii): Disabled 120/400 = 30%, non-disabled 240/1000 = 24%; gap 6 points, Newcombe
    // 0.9134573 to 11.3127285; Wilson (Disabled) 25.7166926–34.6638131; relative likelihood
    // exactly 1.25, log-method interval 1.0379023–1.5054404 (python3): the band's upper edge,
    // non-adverse though significant.
    @Test func harassmentFromManagersAtTheBandsEdgeIsNonAdverse() {
        let counts = WDESCountsBuilder().survey(.harassmentFromManagers, disabled: (120, 400), nonDisabled: (240, 1000)).counts
        let s = WDESEngine.survey(.harassmentFromManagers, current: counts)
        #expect(!s.higherIsBetter)
        #expect(s.disabledPercent == 30 && s.nonDisabledPercent == 24)
        #expect(StatisticsTolerance.matches(s.gapPoints, 6))
        #expect(StatisticsTolerance.matches(s.gapInterval?.low, 0.9134572616333381))
        #expect(StatisticsTolerance.matches(s.gapInterval?.high, 11.312728541494693))
        #expect(StatisticsTolerance.matches(s.disabledInterval?.low, 25.716692552893385))
        #expect(StatisticsTolerance.matches(s.nonDisabledInterval?.high, 26.743391029873724))
        #expect(s.likelihood.relativeLikelihood == 1.25)
        #expect(StatisticsTolerance.matches(s.likelihood.confidenceInterval?.low, 1.0379022666797608))
        #expect(StatisticsTolerance.matches(s.likelihood.confidenceInterval?.high, 1.5054403966169398))
        #expect(s.likelihood.isSignificant == true)
        #expect(s.flag == .nonAdverse)
        // One more Disabled respondent in 400 saying yes takes it over the edge.
        let over = WDESCountsBuilder().survey(.harassmentFromManagers, disabled: (121, 400), nonDisabled: (240, 1000)).counts
        #expect(WDESEngine.survey(.harassmentFromManagers, current: over).flag == .adverse)
    }

    // 5 (higher is better): non-disabled 560/1000 = 56% ÷ Disabled 90/200 = 45% = 1.244, inside
    // the band; gap −11, CI −18.3935 to −3.4158. Disabled 80/200 = 40% gives 1.40: adverse.
    @Test(arguments: [
        (90, 1.2444444444444445, Flag.nonAdverse),
        (80, 1.4, .adverse),
    ])
    func equalOpportunitiesDividesNonDisabledByDisabled(disabledYes: Int, ratio: Double, expected: Flag) {
        let counts = WDESCountsBuilder().survey(.equalOpportunities, disabled: (disabledYes, 200), nonDisabled: (560, 1000)).counts
        let s = WDESEngine.survey(.equalOpportunities, current: counts)
        #expect(s.higherIsBetter)
        #expect(StatisticsTolerance.matches(s.likelihood.relativeLikelihood, ratio))
        #expect(s.flag == expected)
    }

    @Test func theGapKeepsItsNewcombeInterval() {
        let counts = WDESCountsBuilder().survey(.equalOpportunities, disabled: (90, 200), nonDisabled: (560, 1000)).counts
        let s = WDESEngine.survey(.equalOpportunities, current: counts)
        #expect(StatisticsTolerance.matches(s.gapInterval?.low, -18.393503868500126))
        #expect(StatisticsTolerance.matches(s.gapInterval?.high, -3.4157787366266996))
        // The same counts on a lower-is-better question are Disabled % ÷ non-disabled %: 0.80.
        let six = WDESCountsBuilder().survey(.pressureToWorkWhenUnwell, disabled: (90, 200), nonDisabled: (560, 1000)).counts
        let pressure = WDESEngine.survey(.pressureToWorkWhenUnwell, current: six)
        #expect(StatisticsTolerance.matches(pressure.likelihood.relativeLikelihood, 0.8035714285714286))
        #expect(pressure.flag == .nonAdverse)
    }

    @Test(arguments: WDESMetric.allCases.map { ($0, [WDESMetric.reportedHarassment, .equalOpportunities, .valuedWork, .reasonableAdjustments].contains($0)) })
    func direction(metric: WDESMetric, higherIsBetter: Bool) {
        #expect(metric.higherIsBetter == higherIsBetter)
    }

    @Test(arguments: [
        ((5, 10), (240, 1000), Flag.tooFewToConclude),  // 10 Disabled respondents < 11
        ((5, 11), (240, 1000), .adverse),              // 45.5% ÷ 24.0% = 1.89
        ((3, 11), (240, 1000), .nonAdverse),           // 27.3% ÷ 24.0% = 1.14
        ((0, 0), (240, 1000), .notApplicable),
    ])
    func respondentThreshold(disabled: (Int, Int), nonDisabled: (Int, Int), expected: Flag) {
        let counts = WDESCountsBuilder().survey(.harassmentFromPublic, disabled: disabled, nonDisabled: nonDisabled).counts
        #expect(WDESEngine.survey(.harassmentFromPublic, current: counts).flag == expected)
    }

    // Metric 8: 145/200 = 72.5%, Wilson 65.9315340–78.2203957 (python3).
    @Test func adjustmentsIsOnePercentage() {
        let counts = WDESCountsBuilder().survey(.reasonableAdjustments, disabled: (145, 200), nonDisabled: nil).counts
        let a = WDESEngine.adjustments(counts)
        #expect(a.percent == 72.5 && !a.isTooFewToConclude)
        #expect(StatisticsTolerance.matches(a.interval?.low, 65.93153404748533))
        #expect(StatisticsTolerance.matches(a.interval?.high, 78.22039568619023))
        let few = WDESCountsBuilder().survey(.reasonableAdjustments, disabled: (7, 10), nonDisabled: nil).counts
        #expect(WDESEngine.adjustments(few).isTooFewToConclude)
        #expect(WDESEngine.adjustments(WDESCounts()).disabled == nil)
    }

    // 9a: Disabled 120 × 6.50, non-disabled 480 × 6.90, Unknown 40 × 7.00;
    // organisation (78,000 + 331,200 + 28,000) / 640 / 100 = 6.83125; gap −0.4.
    @Test func engagementScores() {
        let counts = WDESCountsBuilder()
            .with(.engagement, .surveyRespondents, disabled: 120, nonDisabled: 480, unknown: 40)
            .with(.engagement, .engagementScoreSum,
                  disabled: EngagementScore.scoreSumHundredths(mean: 6.5, respondents: 120),
                  nonDisabled: EngagementScore.scoreSumHundredths(mean: 6.9, respondents: 480),
                  unknown: 28000).counts
        let e = WDESEngine.engagement(counts)
        #expect(e.scores[.disabled] == EngagementScore(respondents: 120, scoreSumHundredths: 78000))
        #expect(e.scores[.nonDisabled]?.scoreSumHundredths == 331200)
        #expect(StatisticsTolerance.matches(e.organisation?.mean, 6.83125))
        #expect(StatisticsTolerance.matches(e.gap, -0.4))
    }

    @Test(arguments: [
        (EngagementScore(respondents: 0, scoreSumHundredths: 0), nil as Double?),
        (EngagementScore(respondents: 10, scoreSumHundredths: 10_001), nil),   // mean above 10
        (EngagementScore(respondents: 10, scoreSumHundredths: 10_000), 10),
        (EngagementScore(respondents: 10, scoreSumHundredths: 0), 0),
    ])
    func engagementMeanBounds(score: EngagementScore, expected: Double?) {
        #expect(score.mean == expected)
    }
}
