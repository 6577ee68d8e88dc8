import Testing
@testable import ParityCore

@Suite struct WDESRollUpTests {
    private let structure = RegionStructure(regionName: "Testland", systems: [
        SystemEntry(code: "S1", name: "One", organisations: [
            OrganisationEntry(code: "A", name: "A", systemCode: "S1"),
            OrganisationEntry(code: "B", name: "B", systemCode: "S1"),
        ]),
        SystemEntry(code: "S2", name: "Two", organisations: [OrganisationEntry(code: "C", name: "C", systemCode: "S2")]),
    ])

    private func key(_ organisation: String, _ year: Int) -> ReturnKey {
        ReturnKey(organisation: organisation, year: year, standard: .wdes)
    }

    /// Appointed of shortlisted for each group.
    private func appointments(disabled: (Int, Int), nonDisabled: (Int, Int)) -> WDESCountsBuilder {
        WDESCountsBuilder()
            .with(.appointment, .shortlisted, disabled: disabled.1, nonDisabled: nonDisabled.1)
            .with(.appointment, .appointed, disabled: disabled.0, nonDisabled: nonDisabled.0)
    }

    @Test func aSystemPoolsItsOrganisationsCountsAndNeverAveragesTheirRatios() {
        // given A: ND 100/400 vs D 9/60 (RL 1.667); B: ND 60/200 vs D 4/20 (RL 1.5)
        let data = [
            key("A", 2026): appointments(disabled: (9, 60), nonDisabled: (100, 400)).counts,
            key("B", 2026): appointments(disabled: (4, 20), nonDisabled: (60, 200)).counts,
        ]
        // when
        let system = WDESRollUp.system(structure.systems[0], year: 2026, counts: data)
        // then (160/600) ÷ (13/80) = 1.6410…, not the mean of 1.667 and 1.5
        let ratio = try! #require(system.report.likelihoods[.appointment]?.relativeLikelihood)
        #expect(abs(ratio - (160.0 / 600.0) / (13.0 / 80.0)) < 1e-12)
        #expect(system.organisationsReporting == 2)
        #expect(system.scope == .system)
        #expect(system.code == "S1")
    }

    @Test func theRegionPoolsEveryOrganisationAndIgnoresWRESKeys() {
        let data = [
            key("A", 2026): appointments(disabled: (9, 60), nonDisabled: (100, 400)).counts,
            key("B", 2026): appointments(disabled: (4, 20), nonDisabled: (60, 200)).counts,
            key("C", 2026): appointments(disabled: (2, 20), nonDisabled: (10, 50)).counts,
            ReturnKey(organisation: "C", year: 2026, standard: .wres): appointments(disabled: (50, 50), nonDisabled: (1, 50)).counts,
        ]
        let region = WDESRollUp.region(structure, year: 2026, counts: data)
        let ratio = try! #require(region.report.likelihoods[.appointment]?.relativeLikelihood)
        #expect(abs(ratio - (170.0 / 650.0) / (15.0 / 100.0)) < 1e-12)
        #expect(region.organisationsReporting == 3)
        #expect(region.name == "Testland")
        #expect(region.code == "region")
    }

    @Test func engagementPoolsRespondentsAndScoreSumsSoTheMeanIsWeighted() {
        // given A: 100 Disabled respondents scoring 6.0; B: 300 scoring 7.0
        func engagement(_ respondents: Int, _ mean: Double) -> WDESCounts {
            WDESCountsBuilder()
                .with(.engagement, .surveyRespondents, disabled: respondents, nonDisabled: 1_000)
                .with(.engagement, .engagementScoreSum, disabled: EngagementScore.scoreSumHundredths(mean: mean, respondents: respondents),
                      nonDisabled: EngagementScore.scoreSumHundredths(mean: 7.0, respondents: 1_000))
                .counts
        }
        let data = [key("A", 2026): engagement(100, 6.0), key("B", 2026): engagement(300, 7.0)]
        // when
        let system = WDESRollUp.system(structure.systems[0], year: 2026, counts: data)
        // then (600 + 2,100) ÷ 400 = 6.75, not (6.0 + 7.0) ÷ 2
        let disabled = try! #require(system.report.engagement.scores[.disabled]?.mean)
        #expect(abs(disabled - 6.75) < 1e-12)
        #expect(abs((system.report.engagement.gap ?? 0) - (6.75 - 7.0)) < 1e-12)
    }

    @Test func metricThreePoolsThePreviousYearOfEveryOrganisationThatHasIt() {
        // given A: 2025 D 2 of 100, ND 5 of 1,000; 2026 D 3 of 100, ND 5 of 1,000
        func capability(_ disabled: Int, _ nonDisabled: Int) -> WDESCounts {
            WDESCountsBuilder()
                .headcount(disabled: 100, nonDisabled: 1_000)
                .with(.capability, .enteredCapability, disabled: disabled, nonDisabled: nonDisabled)
                .counts
        }
        let data = [key("A", 2025): capability(2, 5), key("A", 2026): capability(3, 5)]
        // when
        let organisation = WDESRollUp.organisation(structure.organisations[0], year: 2026, counts: data)
        // then (5/200) ÷ (10/2,000) = 5.0 over 2025–2026
        let three = try! #require(organisation.report.likelihoods[.capability])
        #expect(abs((three.relativeLikelihood ?? 0) - 5.0) < 1e-12)
        #expect(three.pooledYears == [2025, 2026])
        #expect(!three.usedSingleYear)
    }

    @Test func theNarrativeStaysWithItsOrganisationAndRollUpsCountTheAnswers() {
        let yes = WDESCounts(WDESCountsBuilder().with(.voiceAction, .actionTaken, disabled: 1, nonDisabled: nil).values, voiceNarrative: "A network.")
        let no = WDESCounts(WDESCountsBuilder().with(.voiceAction, .actionTaken, disabled: 0, nonDisabled: nil).values)
        let data = [key("A", 2026): yes, key("B", 2026): no, key("C", 2026): WDESCountsBuilder().headcount(disabled: 5, nonDisabled: 50).counts]
        let organisation = WDESRollUp.organisation(structure.organisations[0], year: 2026, counts: data)
        #expect(organisation.report.voiceAction.narrative == "A network.")
        #expect(organisation.organisationsAnsweringVoiceAction == 1)
        let region = WDESRollUp.region(structure, year: 2026, counts: data)
        #expect(region.report.voiceAction.narrative == nil)
        #expect(region.report.voiceAction.organisationsAnsweringYes == 1)
        #expect(region.organisationsAnsweringVoiceAction == 2)
        #expect(region.organisationsReporting == 3)
    }

    @Test func anOrganisationWithoutAReturnThatYearIsNotCounted() {
        let data = [key("A", 2026): appointments(disabled: (9, 60), nonDisabled: (100, 400)).counts,
                    key("B", 2025): appointments(disabled: (4, 20), nonDisabled: (60, 200)).counts]
        let system = WDESRollUp.system(structure.systems[0], year: 2026, counts: data)
        #expect(system.organisationsReporting == 1)
        #expect(abs((system.report.likelihoods[.appointment]?.relativeLikelihood ?? 0) - 0.25 / 0.15) < 1e-12)
        let empty = WDESRollUp.system(structure.systems[1], year: 2026, counts: data)
        #expect(empty.organisationsReporting == 0)
        #expect(empty.report.isEmpty)
    }
}
