import Testing
@testable import ParityCore

/// A pool's relative likelihoods adjusted for organisation (issue 20, part 3).
@Suite struct AdjustedRollUpTests {
    private static let members = ["A", "B", "C"].map { OrganisationEntry(code: $0, name: "Trust \($0)", systemCode: "S") }
    private static let system = SystemEntry(code: "S", name: "System", organisations: members)

    /// Indicator 2 counts: White appointed of shortlisted, BME appointed of shortlisted.
    private func appointments(white: (Int, Int)?, bme: (Int, Int)) -> ReturnCounts {
        var values: [CountKey: Int] = [
            CountKey(indicator: 2, measure: .shortlisted, group: .bme): bme.1, CountKey(indicator: 2, measure: .appointed, group: .bme): bme.0,
        ]
        if let white {
            values[CountKey(indicator: 2, measure: .shortlisted, group: .white)] = white.1
            values[CountKey(indicator: 2, measure: .appointed, group: .white)] = white.0
        }
        return ReturnCounts(values)
    }

    private func key(_ code: String, _ year: Int = 2026) -> ReturnKey { ReturnKey(organisation: code, year: year, standard: .wres) }

    @Test func theSimpsonsParadoxOfTwoTrustsIsResolvedOnlyOverTheOrganisationsPooled() throws {
        // given A: White 10/100 vs BME 120/1000 (RL 0.83); B: White 400/1000 vs BME 45/100 (RL 0.89);
        // C leaves White blank, so it is in neither the crude nor the adjusted figure
        let counts = [
            key("A"): appointments(white: (10, 100), bme: (120, 1000)),
            key("B"): appointments(white: (400, 1000), bme: (45, 100)),
            key("C"): appointments(white: nil, bme: (1, 500)),
        ]
        // when
        let report = WRESRollUp.system(Self.system, year: 2026, counts: counts).report
        // then the crude pool points up, (410/1100) ÷ (165/1100) = 2.48, while both trusts and the
        // adjusted figure, (10·1000 + 400·100) ÷ (120·100 + 45·1000) = 0.877, point down
        let crude = try #require(report.likelihoods[2]?.relativeLikelihood)
        let adjusted = try #require(report.adjusted[2])
        #expect(abs(crude - 410.0 / 165.0) < 1e-12)
        #expect(abs(adjusted.estimate.relativeLikelihood! - 50000.0 / 57000.0) < 1e-12)
        #expect(adjusted.strata.map(\.code) == ["A", "B"])
        #expect(adjusted.reading(crude: crude).contains("point different ways"))
        #expect(adjusted.reading(crude: crude).contains("Organisations do not differ more than chance would explain"))
    }

    @Test func indicatorThreesStrataAddEachOrganisationsPooledYears() throws {
        // given A returns indicator 3 in both years, B only this year
        func disciplinary(white: Int, bme: Int, headcount: (Int, Int)) -> ReturnCounts {
            ReturnCounts([
                CountKey(indicator: 3, measure: .enteredDisciplinary, group: .white): white,
                CountKey(indicator: 3, measure: .enteredDisciplinary, group: .bme): bme,
                CountKey(indicator: 1, measure: .headcount(.clinical, .band5), group: .white): headcount.0,
                CountKey(indicator: 1, measure: .headcount(.clinical, .band5), group: .bme): headcount.1,
            ])
        }
        let counts = [
            key("A", 2025): disciplinary(white: 5, bme: 4, headcount: (500, 100)),
            key("A"): disciplinary(white: 7, bme: 6, headcount: (520, 110)),
            key("B"): disciplinary(white: 3, bme: 9, headcount: (200, 300)),
        ]
        // when
        let report = WRESRollUp.system(Self.system, year: 2026, counts: counts).report
        // then A's stratum is both years, BME 10 of 210 against White 12 of 1020; B's is this year's
        let adjusted = try #require(report.adjusted[3])
        #expect(adjusted.strata.map(\.code) == ["A", "B"])
        #expect(adjusted.strata[0].counts == MantelHaenszel.Stratum(focus: Proportion(events: 10, base: 210), reference: Proportion(events: 12, base: 1020)))
        #expect(adjusted.strata[1].counts == MantelHaenszel.Stratum(focus: Proportion(events: 9, base: 300), reference: Proportion(events: 3, base: 200)))
        // and the crude figure adds the same counts
        #expect(report.likelihoods[3]?.focus == Proportion(events: 19, base: 510))
    }

    @Test func anOrganisationHasNoAdjustedFigure() {
        let report = WRESRollUp.organisation(Self.members[0], year: 2026, counts: [key("A"): appointments(white: (10, 100), bme: (12, 100))]).report
        #expect(report.adjusted.isEmpty)
    }

    @Test(arguments: [(bmeAppointed: 12, withheld: false), (bmeAppointed: 3, withheld: true)])
    func inPublicTheAdjustedFigureIsWithheldBesideAnOrganisationsSmallCount(bmeAppointed: Int, withheld: Bool) throws {
        // given B appoints `bmeAppointed` BME applicants; every pooled count is at least 5 either way
        let counts = [
            key("A"): appointments(white: (100, 400), bme: (45, 300)),
            key("B"): appointments(white: (60, 200), bme: (bmeAppointed, 100)),
        ]
        let figures = WRESRollUp.system(SystemEntry(code: "S", name: "System", organisations: Array(Self.members.prefix(2))), year: 2026, counts: counts)
        // when
        let shown = try #require(PublishedWRES(figures, policy: .publicRelease).likelihood(2)?.adjusted)
        let unrestricted = try #require(PublishedWRES(figures, policy: .unrestricted).likelihood(2)?.adjusted)
        // then
        #expect(shown.isWithheld == withheld)
        #expect((shown.relativeLikelihood == nil) == withheld)
        #expect(unrestricted.relativeLikelihood != nil)
    }

    @Test func inPublicTheAdjustedFigureIsWithheldBesideACountHiddenOnItsOrganisationsPage() throws {
        // given counts all of 5 or more, one of which the year's disclosure hides on B's page
        let counts = [
            key("A"): appointments(white: (100, 400), bme: (45, 300)),
            key("B"): appointments(white: (60, 200), bme: (20, 100)),
        ]
        var figures = WRESRollUp.system(SystemEntry(code: "S", name: "System", organisations: Array(Self.members.prefix(2))), year: 2026, counts: counts)
        figures.membersWithheld = ["B": WithheldCounts([.likelihood(.wres, indicator: 2, group: .bme, base: false)])]
        // when
        let shown = try #require(PublishedWRES(figures, policy: .publicRelease).likelihood(2)?.adjusted)
        // then
        #expect(shown.isWithheld)
        #expect(shown.sentence == Withholding.adjustedSentence)
    }
}
