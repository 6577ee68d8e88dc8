import Testing
@testable import ParityCore

@Suite struct PublishedWDESTests {
    private func published(_ builder: WDESCountsBuilder, narrative: String? = nil, scope: ScopeKind = .organisation, policy: DisclosurePolicy) -> PublishedWDES {
        let counts = WDESCounts(builder.values, voiceNarrative: narrative)
        let report = WDESEngine.report(year: 2026, current: counts, previous: nil)
        let answering = counts[.voiceAction, .actionTaken, .disabled] == nil ? 0 : 1
        let figures = WDESScopeFigures(scope: scope, code: "A", name: "A", year: 2026, organisationsReporting: 1,
                                       organisationsAnsweringVoiceAction: answering, report: report)
        return PublishedWDES(figures, policy: policy)
    }

    private func appointments(disabled: (Int, Int), nonDisabled: (Int, Int)) -> WDESCountsBuilder {
        WDESCountsBuilder()
            .with(.appointment, .shortlisted, disabled: disabled.1, nonDisabled: nonDisabled.1)
            .with(.appointment, .appointed, disabled: disabled.0, nonDisabled: nonDisabled.0)
    }

    @Test func theWorkedCheckFromDomainReadsOnePointZeroFour() {
        // given non-disabled 218 of 1,000 (21.8%) and Disabled 23 of 110 (20.9%) appointed
        let wdes = published(appointments(disabled: (23, 110), nonDisabled: (218, 1_000)), policy: .publicRelease)
        // then
        let two = try! #require(wdes.likelihood(.appointment))
        #expect(DisplayFormat.percent(two.focus!.percent!) == "21.8%")
        #expect(DisplayFormat.percent(two.reference!.percent!) == "20.9%")
        #expect(abs(two.relativeLikelihood! - 0.218 / (23.0 / 110.0)) < 1e-12)
        #expect(wdes.headlineText(metric: .appointment) == "1.04")
        #expect(wdes.flag(metric: .appointment) == .nonAdverse)
        #expect(two.indicator == 2)
        #expect(two.focus?.group == .nonDisabled)
        #expect(wdes.sentence(metric: .appointment).hasPrefix("Non-disabled applicants were 1.04 times as likely as Disabled applicants to be appointed from shortlisting (95% CI "))
        #expect(wdes.sentence(metric: .appointment).hasSuffix("): non-adverse."))
    }

    @Test(arguments: [(4, true), (5, false)])
    func aLikelihoodIsWithheldWhenACountIsUnderFive(disabledAppointed: Int, withheld: Bool) {
        let wdes = published(appointments(disabled: (disabledAppointed, 40), nonDisabled: (100, 400)), policy: .publicRelease)
        let two = try! #require(wdes.likelihood(.appointment))
        #expect(two.isWithheld == withheld)
        #expect((two.relativeLikelihood == nil) == withheld)
        #expect(two.reference?.events == (withheld ? .suppressed : .value(disabledAppointed)))
        #expect(wdes.headlineText(metric: .appointment) == (withheld ? "*" : DisplayFormat.ratio(0.25 / (Double(disabledAppointed) / 40))))
        #expect(wdes.flag(metric: .appointment) == (withheld ? .tooFewToConclude : two.flag))
        #expect(wdes.isWithheld(metric: .appointment) == withheld)
        if withheld { #expect(wdes.sentence(metric: .appointment) == Withholding.sentence) }
    }

    @Test func theOwningOrganisationSeesSmallCountsUnsuppressed() {
        let two = try! #require(published(appointments(disabled: (4, 40), nonDisabled: (100, 400)), policy: .unrestricted).likelihood(.appointment))
        #expect(abs((two.relativeLikelihood ?? 0) - 2.5) < 1e-12)
        #expect(two.reference?.events == .value(4))
        #expect(!two.isWithheld)
    }

    @Test(arguments: [(10, true), (11, false)])
    func aSurveyGroupIsReportedFromElevenRespondents(disabledRespondents: Int, withheld: Bool) {
        let wdes = published(WDESCountsBuilder().survey(.harassmentFromManagers, disabled: (yes: 5, of: disabledRespondents), nonDisabled: (yes: 20, of: 200)), policy: .publicRelease)
        let survey = try! #require(wdes.survey(.harassmentFromManagers))
        #expect(survey.nonDisabled?.percent == 10)
        #expect((survey.disabled?.percent == nil) == withheld)
        #expect((survey.gapPoints == nil) == withheld)
        #expect(survey.isWithheld == withheld)
        #expect(wdes.headlineText(metric: .harassmentFromManagers) == (withheld ? "*" : DisplayFormat.signedPoints(500.0 / 11 - 10)))
        #expect(withheld ? survey.flag == .tooFewToConclude : survey.flag != .notApplicable)
        #expect(survey.sentence == (withheld ? Withholding.surveySentence : WDESReading.sentence(WDESEngine.survey(.harassmentFromManagers, current: WDESCountsBuilder().survey(.harassmentFromManagers, disabled: (yes: 5, of: 11), nonDisabled: (yes: 20, of: 200)).counts))))
    }

    @Test(arguments: [(10, true), (11, false)])
    func reasonableAdjustmentsAreReportedFromElevenDisabledRespondents(respondents: Int, withheld: Bool) {
        let wdes = published(WDESCountsBuilder().survey(.reasonableAdjustments, disabled: (yes: 6, of: respondents), nonDisabled: nil), policy: .publicRelease)
        #expect(wdes.adjustments.isWithheld == withheld)
        #expect((wdes.adjustments.percent == nil) == withheld)
        #expect(wdes.headlineText(metric: .reasonableAdjustments) == (withheld ? "*" : DisplayFormat.percent(600.0 / Double(respondents))))
        #expect(wdes.flag(metric: .reasonableAdjustments) == nil)
    }

    @Test(arguments: [(10, true), (11, false)])
    func engagementScoresAreReportedFromElevenRespondents(disabledRespondents: Int, withheld: Bool) {
        let builder = WDESCountsBuilder()
            .with(.engagement, .surveyRespondents, disabled: disabledRespondents, nonDisabled: 100)
            .with(.engagement, .engagementScoreSum, disabled: 640 * disabledRespondents, nonDisabled: 70_000)
        let wdes = published(builder, policy: .publicRelease)
        #expect(wdes.engagement.isWithheld == withheld)
        #expect(wdes.engagement.disabled?.mean == (withheld ? nil : 6.4))
        #expect(wdes.engagement.nonDisabled?.mean == 7.0)
        #expect(wdes.engagement.organisation?.mean != nil)
        #expect(wdes.headlineText(metric: .engagement) == (withheld ? "*" : "−0.6"))
        #expect(wdes.sentence(metric: .engagement) == (withheld ? Withholding.surveySentence
            : "Disabled staff scored 6.4 out of 10 for engagement and non-disabled staff 7.0: a gap of −0.6 (organisation \(DisplayFormat.decimal((6.4 * 11 + 700) / 111, places: 1)))."))
    }

    @Test func smallClusterHeadcountsAreHiddenWithSecondarySuppression() {
        // given a cluster with 3 Disabled staff: hiding only the 3 would let the total give it away
        let builder = WDESCountsBuilder()
            .with(.representation, .clusterHeadcount(.clinical, .afc5to7), disabled: 60, nonDisabled: 800, unknown: 140)
            .with(.representation, .clusterHeadcount(.clinical, .afc8cTo9), disabled: 3, nonDisabled: 40, unknown: 7)
        let wdes = published(builder, policy: .publicRelease)
        let senior = try! #require(wdes.representation.rows.first { $0.cluster == .afc8cTo9 })
        #expect(senior.counts[.disabled] == .suppressed)
        #expect(senior.percents[.disabled] == nil)
        #expect(senior.counts.values.filter(\.isSuppressed).count >= 2 || senior.total.isSuppressed)
        // 63 of 1,050 overall may be shown: 6.0%
        #expect(wdes.headlineText(metric: .representation) == "6.0%")
        #expect(wdes.sentence(metric: .representation) == "Disabled staff are 6.0% of the workforce (non-disabled 80.0%, Unknown 14.0%).")
        #expect(wdes.representation.rows(in: .clinical).count == 2)
    }

    @Test(arguments: [(1, true), (5, false)])
    func boardSharesNeedFiveDisabledMembers(disabledMembers: Int, withheld: Bool) {
        let builder = WDESCountsBuilder()
            .headcount(disabled: 50, nonDisabled: 900, unknown: 50)
            .with(.board, .board(.votingExecutive), disabled: disabledMembers, nonDisabled: 6, unknown: 0)
            .with(.board, .board(.votingNonExecutive), disabled: 0, nonDisabled: 7, unknown: 0)
        let wdes = published(builder, policy: .publicRelease)
        #expect(wdes.board.isWithheld == withheld)
        #expect(wdes.isWithheld(metric: .board) == withheld)
        let members = Double(disabledMembers + 13)
        #expect(wdes.headlineText(metric: .board) == (withheld ? "*" : DisplayFormat.signedPoints(Double(disabledMembers) / members * 100 - 5)))
        #expect(wdes.board.seats[.votingExecutive]?[.disabled] == (withheld ? .suppressed : .value(disabledMembers)))
        #expect(wdes.board.sentence == (withheld ? Withholding.sentence : WDESReading.sentence(WDESEngine.report(year: 2026, current: builder.counts, previous: nil).board)))
    }

    @Test func anOrganisationShowsItsAnswerAndNarrative() {
        let wdes = published(WDESCountsBuilder().with(.voiceAction, .actionTaken, disabled: 1, nonDisabled: nil), narrative: "Our network meets monthly.", policy: .publicRelease)
        #expect(wdes.voiceAction.taken == true)
        #expect(wdes.voiceAction.narrative == "Our network meets monthly.")
        #expect(wdes.headlineText(metric: .voiceAction) == "Yes")
        #expect(wdes.sentence(metric: .voiceAction) == "Yes: the organisation has taken action to help the voices of Disabled staff be heard.")
        #expect(wdes.flag(metric: .voiceAction) == nil)
    }

    @Test func aRollUpCountsAnswersWithoutNarratives() {
        let report = WDESEngine.report(year: 2026, current: WDESCountsBuilder().with(.voiceAction, .actionTaken, disabled: 3, nonDisabled: nil).counts, previous: nil)
        let figures = WDESScopeFigures(scope: .system, code: "S", name: "S", year: 2026, organisationsReporting: 5, organisationsAnsweringVoiceAction: 4, report: report)
        let wdes = PublishedWDES(figures, policy: .publicRelease)
        #expect(wdes.voiceAction.taken == nil)
        #expect(wdes.voiceAction.narrative == nil)
        #expect(wdes.headlineText(metric: .voiceAction) == "3 of 4")
        #expect(wdes.sentence(metric: .voiceAction) == "3 of 4 organisations have taken action to help the voices of Disabled staff be heard.")
    }

    @Test func missingMetricsReadNotApplicable() {
        let wdes = published(WDESCountsBuilder(), policy: .publicRelease)
        #expect(!wdes.hasData)
        for metric in WDESMetric.allCases {
            #expect(wdes.headlineText(metric: metric) == "n/a", "\(metric)")
            #expect(!wdes.isWithheld(metric: metric))
            #expect(wdes.sentence(metric: metric).hasPrefix("n/a"), "\(metric)")
        }
        #expect(wdes.flag(metric: .capability) == .notApplicable)
        #expect(wdes.flag(metric: .valuedWork) == .notApplicable)
        #expect(wdes.likelihoods.map(\.indicator) == [2, 3])
        #expect(wdes.surveys.map(\.metric) == WDESMetric.surveyGaps)
    }
}
