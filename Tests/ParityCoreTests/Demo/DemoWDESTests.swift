import Testing
@testable import ParityCore

@Suite("Demo region WDES")
struct DemoWDESTests {
    let demo = DemoReturns.standard
    var wdes: [ReturnKey: WDESCounts] { demo.data.wdes }

    private func wres(_ key: ReturnKey) -> ReturnCounts { demo.counts(key.organisation, key.year)! }

    private func share(_ counts: WDESCounts, _ group: PopulationGroup) -> Double {
        Double(counts.headcount(of: group)!) / Double(Standard.wdes.groups.map { counts.headcount(of: $0)! }.reduce(0, +))
    }

    @Test func isTheSameForTheSameSeedAndDiffersForAnother() {
        let seven = DemoRegion.generate(seed: 7, latestYear: 2024)
        #expect(seven.wdes == DemoRegion.generate(seed: 7, latestYear: 2024).wdes)
        #expect(seven.intersections == DemoRegion.generate(seed: 7, latestYear: 2024).intersections)
        #expect(seven.wdes != demo.data.wdes)
    }

    @Test func everyOrganisationYearHasEveryMetric() {
        #expect(wdes.count == 43 * 5)
        #expect(Set(wdes.keys) == Set(demo.returns.keys.map { ReturnKey(organisation: $0.organisation, year: $0.year, standard: .wdes) }))
        for (key, counts) in wdes {
            let metrics = Set(counts.values.keys.map(\.metric))
            #expect(metrics == Set(WDESMetric.allCases), "\(key)")
            let report = WDESEngine.report(year: key.year, current: counts, previous: nil)
            #expect(report.likelihoods.values.allSatisfy { $0.focus != nil && $0.reference != nil }, "\(key)")
            #expect(report.likelihoods[.appointment]?.relativeLikelihood != nil, "\(key)")
            #expect(report.surveys.values.allSatisfy { $0.gapPoints != nil }, "\(key)")
            #expect(report.engagement.gap != nil && report.adjustments.percent != nil && report.board.boardDifferencePoints != nil, "\(key)")
            #expect(report.voiceAction.taken != nil && counts.voiceNarrative != nil, "\(key)")
        }
    }

    @Test func theWorkforceBoardAndShortlistAreTheWRESReturns() {
        for (key, counts) in wdes {
            let wres = wres(key)
            let staff = DemoReturns.staff(wres) - Standard.wres.groups.map { DemoReturns.headcount(wres, $0, grades: [.other]) }.reduce(0, +)
            #expect(Standard.wdes.groups.map { counts.headcount(of: $0)! }.reduce(0, +) == staff, "\(key)")
            let shortlisted = Standard.wres.groups.map { wres[2, .shortlisted, $0]! }.reduce(0, +)
            #expect(Standard.wdes.groups.map { counts[.appointment, .shortlisted, $0]! }.reduce(0, +) == shortlisted)
            for seat in BoardSeat.allCases {
                #expect(Standard.wdes.groups.map { counts[.board, .board(seat), $0]! }.reduce(0, +)
                    == Standard.wres.groups.map { wres[9, .board(seat), $0]! }.reduce(0, +))
            }
        }
    }

    @Test func disabledStaffAreFourToEightPercentAndRisingAndUnknownIsFalling() {
        for organisation in demo.data.organisations {
            let years = (2020...2024).map { wdes[ReturnKey(organisation: organisation.code, year: $0, standard: .wdes)]! }
            for counts in years {
                #expect((0.035...0.09).contains(share(counts, .disabled)), "\(organisation.code) \(share(counts, .disabled))")
                #expect((0.13...0.27).contains(share(counts, .unknown)), "\(organisation.code) \(share(counts, .unknown))")
            }
            if DemoReturns.staff(demo.latest[organisation.code]!) > 2_000 {
                #expect(share(years.last!, .disabled) > share(years.first!, .disabled), "\(organisation.code)")
                #expect(share(years.last!, .unknown) < share(years.first!, .unknown), "\(organisation.code)")
            }
        }
    }

    @Test func surveyEngagementAndCapabilityFollowTheNationalPattern() {
        let latest = wdes.filter { $0.key.year == 2024 }.map(\.value)
        let region = WDESCounts.pooled(latest)
        let respondents = Standard.wdes.groups.map { region[.harassmentFromPublic, .surveyRespondents, $0]! }
        #expect((0.21...0.25).contains(Double(respondents[0]) / Double(respondents.reduce(0, +))))
        let report = WDESEngine.report(year: 2024, current: region, previous: nil)
        for metric in [WDESMetric.harassmentFromPublic, .harassmentFromManagers, .harassmentFromColleagues, .pressureToWorkWhenUnwell] {
            #expect((report.surveys[metric]?.gapPoints ?? 0) > 3, "\(metric)")
        }
        for metric in [WDESMetric.equalOpportunities, .valuedWork] {
            #expect((report.surveys[metric]?.gapPoints ?? 0) < -3, "\(metric)")
        }
        #expect((65...80).contains(report.adjustments.percent ?? 0))
        for counts in latest {
            let engagement = WDESEngine.engagement(counts)
            #expect((6.4...7.1).contains(engagement.organisation!.mean!))
            #expect((-0.55 ... -0.1).contains(engagement.gap!))
            #expect(Standard.wdes.groups.allSatisfy { (0...15).contains(counts[.capability, .enteredCapability, $0]!) })
        }
        #expect((report.likelihoods[.capability]?.relativeLikelihood ?? 0) > 1.2)
    }

    @Test func mostOrganisationsSayTheyActedOnDisabledStaffsVoices() {
        let latest = wdes.filter { $0.key.year == 2024 }.map(\.value)
        let yes = latest.filter { $0[.voiceAction, .actionTaken, .disabled] == 1 }.count
        #expect(yes >= 30 && yes < 43)
    }

    @Test func aboutAThirdOfOrganisationsReturnIntersectionsWithinBothTotals() {
        let intersections = demo.data.intersections
        #expect(Set(intersections.keys.map(\.organisation)).count == 14)
        #expect(intersections.keys.allSatisfy { $0.standard == .wres })
        for (key, counts) in intersections {
            let wres = wres(key)
            let wdes = wdes[ReturnKey(organisation: key.organisation, year: key.year, standard: .wdes)]!
            for ethnicity in IntersectionGroup.ethnicities {
                let groups = IntersectionGroup.disabilities.compactMap { IntersectionGroup(ethnicity: ethnicity, disability: $0) }
                let headcount = groups.map { counts.headcount(of: $0)! }.reduce(0, +)
                #expect(headcount == DemoReturns.headcount(wres, ethnicity) - DemoReturns.headcount(wres, ethnicity, grades: [.other]))
                for (indicator, measure) in [(2, Measure.shortlisted), (2, .appointed), (3, .enteredDisciplinary), (4, .accessedTraining)] {
                    guard let total = wres[indicator, measure, ethnicity] else { continue }
                    #expect(groups.map { counts[indicator, measure, $0]! }.reduce(0, +) <= total)
                }
            }
            for disability in IntersectionGroup.disabilities {
                let groups = IntersectionGroup.ethnicities.compactMap { IntersectionGroup(ethnicity: $0, disability: disability) }
                #expect(groups.map { counts.headcount(of: $0)! }.reduce(0, +) == wdes.headcount(of: disability))
                #expect(groups.map { counts[2, .appointed, $0]! }.reduce(0, +) <= wdes[.appointment, .appointed, disability]!)
            }
            for group in IntersectionGroup.all {
                #expect(counts[2, .appointed, group]! <= counts[2, .shortlisted, group]!)
                if let entered = counts[3, .enteredDisciplinary, group] { #expect(entered <= counts.headcount(of: group)!) }
                #expect(counts[4, .accessedTraining, group]! <= counts.headcount(of: group)!)
            }
        }
    }

    @Test func theRegionsIntersectionFiguresCanBeComputed() {
        let structure = RegionStructure(regionName: demo.data.regionName, systems: demo.data.systems.map { system in
            SystemEntry(code: system.code, name: system.name, organisations: demo.data.organisations.filter { $0.systemCode == system.code }
                .map { OrganisationEntry(code: $0.code, name: $0.name, systemCode: $0.systemCode) })
        })
        let region = IntersectionRollUp.region(structure, year: 2024, counts: demo.data.intersections, disclosure: .unrestricted)
        #expect(region.organisationsReporting == 14)
        for analysis in region.analyses {
            #expect(analysis.groups.filter { $0.group != .whiteNonDisabled }.allSatisfy { $0.relativeLikelihood.value != nil }, "\(analysis.indicator)")
        }
        // In public, secondary suppression may hide a compared cell of indicator 3 beside the
        // small Unknown-ethnicity cells; appointments are large enough everywhere.
        let publicRegion = IntersectionRollUp.region(structure, year: 2024, counts: demo.data.intersections, disclosure: .publicRelease)
        #expect(publicRegion.analysis(2)!.groups.filter { $0.group != .whiteNonDisabled }.allSatisfy { $0.relativeLikelihood.value != nil })
        let published = PublishedWDES(WDESRollUp.region(structure, year: 2024, counts: demo.data.wdes), policy: .publicRelease)
        #expect(published.organisationsReporting == 43)
        #expect(WDESMetric.allCases.allSatisfy { published.headlineText(metric: $0) != "n/a" })
    }
}
