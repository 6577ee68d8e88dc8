import Testing
@testable import ParityCore

struct WDESReadingTests {
    private static func appointment(disabled: (Int, Int), nonDisabled: (Int, Int)) -> WDESLikelihoodComparison {
        let counts = WDESCountsBuilder()
            .with(.appointment, .shortlisted, disabled: disabled.1, nonDisabled: nonDisabled.1)
            .with(.appointment, .appointed, disabled: disabled.0, nonDisabled: nonDisabled.0).counts
        return WDESEngine.likelihood(.appointment, year: 2026, current: counts, previous: nil)
    }

    private static func capability(previous: WDESCounts?, disabledEntered: Int = 6) -> WDESLikelihoodComparison {
        let current = WDESCountsBuilder().headcount(disabled: 400, nonDisabled: 3600)
            .with(.capability, .enteredCapability, disabled: disabledEntered, nonDisabled: 20).counts
        return WDESEngine.likelihood(.capability, year: 2026, current: current, previous: previous)
    }

    private static let previousYear = WDESCountsBuilder().headcount(disabled: 380, nonDisabled: 3500)
        .with(.capability, .enteredCapability, disabled: 4, nonDisabled: 18).counts

    @Test(arguments: [
        (appointment(disabled: (209, 1000), nonDisabled: (218, 1000)),
         "Non-disabled applicants were 1.04 times as likely as Disabled applicants to be appointed from shortlisting (95% CI 0.88–1.23): non-adverse."),
        (capability(previous: previousYear),
         "Disabled staff were 2.40 times as likely as non-disabled staff to enter the formal capability process (95% CI 1.20–4.79; two-year rolling, 2025–2026): adverse."),
        (capability(previous: nil),
         "Disabled staff were 2.70 times as likely as non-disabled staff to enter the formal capability process (95% CI 1.09–6.68; one year only: 2025 data missing): adverse."),
        (capability(previous: nil, disabledEntered: 0),
         "No Disabled staff entered the formal capability process (one year only: 2025 data missing): too few events to conclude."),
        (appointment(disabled: (0, 1000), nonDisabled: (218, 1000)), "n/a: no Disabled applicants were appointed from shortlisting."),
        (appointment(disabled: (0, 0), nonDisabled: (218, 1000)), "n/a: no Disabled applicants were shortlisted."),
        (WDESEngine.likelihood(.appointment, year: 2026, current: WDESCounts(), previous: nil), "n/a: the return has no figures for this metric."),
    ])
    func likelihoodSentences(c: WDESLikelihoodComparison, expected: String) {
        #expect(WDESReading.sentence(c) == expected)
    }

    @Test(arguments: [
        (WDESCountsBuilder().survey(.harassmentFromManagers, disabled: (120, 400), nonDisabled: (240, 1000)).counts,
         "30.0% of Disabled staff and 24.0% of non-disabled staff experienced harassment, bullying or abuse from managers: Disabled staff were 1.25 times as likely as non-disabled staff (95% CI 1.04–1.51), a gap of 6.0 points (95% CI 0.9 to 11.3): non-adverse."),
        (WDESCountsBuilder().survey(.harassmentFromManagers, disabled: (5, 10), nonDisabled: (240, 1000)).counts,
         "Too few respondents to conclude: only 10 Disabled staff answered (at least 11 needed in each group)."),
        (WDESCountsBuilder().survey(.harassmentFromManagers, disabled: (120, 400), nonDisabled: nil).counts,
         "n/a: the return has no survey figures for non-disabled staff for this metric."),
        (WDESCountsBuilder().survey(.harassmentFromManagers, disabled: (120, 400), nonDisabled: (0, 0)).counts,
         "n/a: no non-disabled staff answered this question."),
    ])
    func surveySentences(counts: WDESCounts, expected: String) {
        #expect(WDESReading.sentence(WDESEngine.survey(.harassmentFromManagers, current: counts)) == expected)
    }

    @Test func otherMetricSentences() {
        let counts = WDESCountsBuilder()
            .survey(.reasonableAdjustments, disabled: (145, 200), nonDisabled: nil)
            .with(.engagement, .surveyRespondents, disabled: 120, nonDisabled: 480)
            .with(.engagement, .engagementScoreSum, disabled: 78000, nonDisabled: 331200)
            .with(.representation, .clusterHeadcount(.clinical, .afc5to7), disabled: 40, nonDisabled: 960)
            .with(.board, .board(.votingExecutive), disabled: 1, nonDisabled: 9).counts
        let r = WDESEngine.report(year: 2026, current: counts, previous: nil)
        #expect(WDESReading.sentence(r.adjustments)
            == "72.5% of Disabled staff said their employer has made adequate adjustments to enable them to carry out their work (95% CI 65.9–78.2%).")
        #expect(WDESReading.sentence(r.engagement)
            == "Disabled staff scored 6.5 out of 10 for engagement and non-disabled staff 6.9: a gap of −0.4 (organisation 6.8).")
        #expect(WDESReading.sentence(r.board)
            == "Disabled members are 10.0% of the board against 4.0% of the workforce: a difference of 6.0 points (voting members 6.0, executive members 6.0).")
        let few = WDESCountsBuilder().with(.engagement, .surveyRespondents, disabled: 8, nonDisabled: 480)
            .with(.engagement, .engagementScoreSum, disabled: 5200, nonDisabled: 331200).counts
        #expect(WDESReading.sentence(WDESEngine.engagement(few))
            == "Too few respondents to conclude: only 8 Disabled staff answered (at least 11 needed in each group).")
        #expect(WDESReading.sentence(WDESEngine.adjustments(WDESCounts())) == "n/a: the return has no survey figures for this metric.")
    }

    @Test(arguments: [
        (0 as Int?, "No: the organisation has not taken action to help the voices of Disabled staff be heard."),
        (1, "Yes: the organisation has taken action to help the voices of Disabled staff be heard."),
        (3, "3 organisations have taken action to help the voices of Disabled staff be heard."),
        (nil, "n/a: the return does not say whether action was taken."),
    ])
    func voiceSentences(yes: Int?, expected: String) {
        #expect(WDESReading.sentence(WDESVoiceAction(organisationsAnsweringYes: yes, narrative: nil)) == expected)
    }

    @Test func titlesAndSummaries() {
        #expect(WDESReading.title(metric: .appointment) == "Appointment from shortlisting")
        #expect(WDESReading.title(metric: .harassmentFromColleagues) == "Harassment from other colleagues")
        #expect(Set(WDESMetric.allCases.map { WDESReading.title(metric: $0) }).count == WDESMetric.allCases.count)
        #expect(WDESMetric.allCases.allSatisfy { WDESReading.summary(metric: $0).hasSuffix(".") })
    }
}
