import Testing
@testable import ParityCore

@Suite("Demo region figures")
struct DemoRegionFiguresTests {
    let demo = DemoReturns.standard
    var latest: [String: ReturnCounts] { demo.latest }

    @Test func rowsKeepTheReturnContract() {
        for row in demo.data.rows {
            #expect(row.count >= 0)
            #expect(row.standard == .wres)
            #expect(row.measure.wresIndicators.contains(row.indicator))
            #expect(Standard.wres.groups.contains(row.group))
        }
    }

    @Test func eventsNeverExceedTheirBase() {
        for counts in demo.returns.values {
            for group in Standard.wres.groups {
                #expect(counts[2, .appointed, group]! <= counts[2, .shortlisted, group]!)
                for indicator in 5...8 {
                    if let yes = counts[indicator, .surveyYes, group] {
                        #expect(yes <= counts[indicator, .surveyRespondents, group]!)
                    }
                }
                let headcount = DemoReturns.headcount(counts, group)
                if let entered = counts[3, .enteredDisciplinary, group] { #expect(entered <= headcount) }
                #expect(counts[4, .accessedTraining, group]! <= headcount)
            }
        }
    }

    @Test func organisationsRangeFromSmallToLargeAndFromFiveToFortyFivePercentBME() {
        for counts in demo.returns.values {
            let staff = DemoReturns.staff(counts)
            #expect((300...20_000).contains(staff))
            let bme = Double(DemoReturns.headcount(counts, .bme)) / Double(staff)
            #expect((0.05...0.45).contains(bme))
            let unknown = Double(DemoReturns.headcount(counts, .unknown)) / Double(staff)
            #expect((0.01...0.05).contains(unknown), "unknown \(unknown)")
        }
        let shares = latest.values.map { Double(DemoReturns.headcount($0, .bme)) / Double(DemoReturns.staff($0)) }
        #expect(shares.min()! < 0.08 && shares.max()! > 0.38)
    }

    @Test func bmeShareFallsWithSeniorityAndIsHighestAmongDoctors() {
        let region = ReturnCounts.pooled(latest.values)
        func share(_ grades: [Grade]) -> Double {
            let bme = DemoReturns.headcount(region, .bme, grades: Set(grades))
            return Double(bme) / Double(Standard.wres.groups.map { DemoReturns.headcount(region, $0, grades: Set(grades)) }.reduce(0, +))
        }
        let bands1to7: [Grade] = [.band1, .band2, .band3, .band4, .band5, .band6, .band7]
        #expect(share([.band8a, .band8b]) < share(bands1to7))
        #expect(share([.band8c, .band8d, .band9, .vsm]) < share([.band8a, .band8b]))
        #expect(share(Grade.medical) > share(Grade.agendaForChange))
    }

    @Test func someOrganisationsAreAdverseAndSomeAreNot() {
        let likelihoods = latest.values.map(DemoReturns.appointmentLikelihood)
        #expect(likelihoods.filter { $0 > 1.25 }.count >= 10)
        #expect(likelihoods.filter { (0.8...1.25).contains($0) }.count >= 10)
    }

    @Test func someOrganisationsImproveYearOnYear() {
        let improved = demo.data.organisations.filter { organisation in
            let likelihoods = (2020...2024).map { DemoReturns.appointmentLikelihood(demo.counts(organisation.code, $0)!) }
            return likelihoods.first! > 1.5 && likelihoods.last! <= 1.25
        }
        #expect(improved.count >= 4)
    }

    @Test func smallOrganisationsShowSuppressedCounts() {
        let small = latest.filter { (300...800).contains(DemoReturns.staff($0.value)) }
        #expect(small.count >= 4)
        for (code, counts) in small {
            let hidden = counts.values.values.filter { DisclosurePolicy.publicRelease.disclose($0) == .suppressed }
            #expect(hidden.count >= 10, "\(code)")
        }
    }

    @Test func disciplinaryRatesAreNearOnePercentAndHigherForBMEStaff() {
        let region = ReturnCounts.pooled(latest.values)
        func rate(_ group: PopulationGroup) -> Double {
            Double(region[3, .enteredDisciplinary, group]!) / Double(DemoReturns.headcount(region, group))
        }
        #expect((0.004...0.01).contains(rate(.white)))
        #expect((0.007...0.015).contains(rate(.bme)))
    }

    @Test(arguments: [
        (5, 0.26...0.30, 0.26...0.30),
        (6, 0.23...0.27, 0.25...0.29),
        (7, 0.54...0.60, 0.45...0.55),
        (8, 0.055...0.08, 0.10...0.16),
    ])
    func surveyFollowsTheNationalPattern(indicator: Int, white: ClosedRange<Double>, bme: ClosedRange<Double>) {
        let whiteShare = DemoReturns.surveyShare(latest.values, indicator: indicator, .white)
        let bmeShare = DemoReturns.surveyShare(latest.values, indicator: indicator, .bme)
        #expect(white.contains(whiteShare), "White \(whiteShare)")
        #expect(bme.contains(bmeShare), "BME \(bmeShare)")
        #expect(indicator == 7 ? bmeShare < whiteShare : bmeShare > whiteShare)
    }

    @Test func aboutFortyPercentOfStaffAnswerTheSurvey() {
        let region = ReturnCounts.pooled(latest.values)
        let respondents = Standard.wres.groups.map { region[5, .surveyRespondents, $0]! }.reduce(0, +)
        #expect((0.35...0.45).contains(Double(respondents) / Double(DemoReturns.staff(region))))
    }

    @Test func boardsHaveTenToSixteenMostlyWhiteMembers() {
        for counts in demo.returns.values {
            let members = BoardSeat.allCases.flatMap { seat in Standard.wres.groups.map { counts[9, .board(seat), $0]! } }.reduce(0, +)
            let white = BoardSeat.allCases.map { counts[9, .board($0), .white]! }.reduce(0, +)
            #expect((10...16).contains(members))
            #expect(white * 2 > members)
        }
    }
}
