import Testing
@testable import ParityCore

@Suite struct IntersectionRollUpTests {
    private let structure = RegionStructure(regionName: "Testland", systems: [
        SystemEntry(code: "S1", name: "One", organisations: [
            OrganisationEntry(code: "A", name: "A", systemCode: "S1"),
            OrganisationEntry(code: "B", name: "B", systemCode: "S1"),
        ]),
    ])

    /// Indicator 2 for the four compared groups: (appointed, shortlisted) each.
    private func appointments(_ counts: [IntersectionGroup: (Int, Int)]) -> IntersectionCounts {
        var values: [IntersectionCountKey: Int] = [:]
        for (group, pair) in counts {
            values[IntersectionCountKey(indicator: 2, measure: .appointed, group: group)] = pair.0
            values[IntersectionCountKey(indicator: 2, measure: .shortlisted, group: group)] = pair.1
        }
        return IntersectionCounts(values)
    }

    private func key(_ organisation: String) -> ReturnKey { ReturnKey(organisation: organisation, year: 2026, standard: .wres) }

    @Test func aSystemPoolsRawCountsBeforeComparingGroups() {
        // given BME Disabled 6/40 and 9/60 against White non-disabled 100/400 and 60/200
        let data = [
            key("A"): appointments([.bmeDisabled: (6, 40), .bmeNonDisabled: (50, 200), .whiteDisabled: (10, 40), .whiteNonDisabled: (100, 400)]),
            key("B"): appointments([.bmeDisabled: (9, 60), .bmeNonDisabled: (30, 100), .whiteDisabled: (10, 30), .whiteNonDisabled: (60, 200)]),
        ]
        // when
        let system = IntersectionRollUp.system(structure.systems[0], year: 2026, counts: data, disclosure: .publicRelease)
        // then (15/100) ÷ (160/600) = 0.5625
        let two = try! #require(system.analysis(2))
        let bmeDisabled = try! #require(two.groups.first { $0.group == .bmeDisabled })
        #expect(abs((bmeDisabled.relativeLikelihood.value ?? 0) - 0.15 / (160.0 / 600.0)) < 1e-12)
        #expect(bmeDisabled.events == .value(15))
        #expect(system.organisationsReporting == 2)
        #expect(system.hasData)
        #expect(system.analyses.map(\.indicator) == [2, 3, 4])
    }

    @Test func theDisclosurePolicyIsAppliedOnce() {
        let data = [key("A"): appointments([.bmeDisabled: (4, 40), .bmeNonDisabled: (50, 200), .whiteDisabled: (10, 40), .whiteNonDisabled: (100, 400)])]
        let public_ = IntersectionRollUp.organisation(structure.organisations[0], year: 2026, counts: data, disclosure: .publicRelease)
        let own = IntersectionRollUp.organisation(structure.organisations[0], year: 2026, counts: data, disclosure: .unrestricted)
        let hidden = try! #require(public_.analysis(2)?.groups.first { $0.group == .bmeDisabled })
        let shown = try! #require(own.analysis(2)?.groups.first { $0.group == .bmeDisabled })
        #expect(hidden.events == .suppressed)
        #expect(hidden.relativeLikelihood == .withheld)
        #expect(abs((shown.relativeLikelihood.value ?? 0) - 0.1 / 0.25) < 1e-12)
        #expect(public_.disclosure == .publicRelease)
    }

    @Test func anOrganisationWithoutIntersectionCountsHasNoData() {
        let figures = IntersectionRollUp.organisation(structure.organisations[1], year: 2026, counts: [:], disclosure: .publicRelease)
        #expect(!figures.hasData)
        #expect(figures.analysis(2)?.groups.allSatisfy { $0.relativeLikelihood == .notApplicable } == true)
    }
}
