import Testing
@testable import ParityCore

struct ModelEmployerTests {
    @Test func bandsAre8aToVSM() {
        #expect(ModelEmployer.bands == [.band8a, .band8b, .band8c, .band8d, .band9, .vsm])
        #expect(ModelEmployer.aspirationYear == 2028)
    }

    // 8c from 5% in 2019 to 14% in 2028: one point a year. VSM from 0% to 14%: 14/9 a year.
    @Test func goalsFollowAStraightLine() throws {
        let goals = ModelEmployer.goals(baselineYear: 2019, baselineSharePercent: [.band8c: 5, .vsm: 0, .band5: 30], targetSharePercent: 14)
        #expect(Set(goals.keys) == [.band8c, .vsm])   // band 5 is not a Model Employer band
        let band8c = try #require(goals[.band8c])
        #expect(band8c.keys.sorted() == Array(2019...2028))
        for year in 2019...2028 {
            #expect(StatisticsTolerance.matches(band8c[year], 5 + Double(year - 2019)))
        }
        #expect(band8c[2019] == 5 && band8c[2028] == 14)  // the end years are exact
        #expect(StatisticsTolerance.matches(goals[.vsm]?[2022], 14.0 * 3 / 9))
    }

    @Test func goalsWithShortOrBackwardPaths() {
        #expect(ModelEmployer.goals(baselineYear: 2028, baselineSharePercent: [.band9: 3], targetSharePercent: 14) == [.band9: [2028: 14]])
        #expect(ModelEmployer.goals(baselineYear: 2029, baselineSharePercent: [.band9: 3], targetSharePercent: 14).isEmpty)
        #expect(ModelEmployer.goals(baselineYear: 2024, baselineSharePercent: [.band9: 3], targetSharePercent: 15, throughYear: 2026)
            == [.band9: [2024: 3, 2025: 9, 2026: 15]])
    }

    @Test(arguments: [
        // (BME, total, goal %, goal headcount, gap)
        (9, 40, 30.0, 12, 3),
        (12, 40, 30.0, 12, 0),
        (15, 40, 30.0, 12, 0),            // above goal: gap never negative
        (3, 15, 20.1, 4, 1),              // 3.015 people rounds up to 4
        (3, 15, 20.0, 3, 0),              // exactly 3
        (5, 100, 5.000000000000001, 5, 0), // floating-point noise is not a sixth person
        (0, 0, 30.0, 0, 0),
        (0, 7, 0.0, 0, 0),
        (0, 1, 0.5, 1, 1),                // any fraction of a person is one more
    ])
    func assessRoundsGoalUp(bme: Int, total: Int, goal: Double, goalHeadcount: Int, gap: Int) {
        let s = ModelEmployer.assess(year: 2026, band: .band8c, bmeHeadcount: bme, totalHeadcount: total, goalPercent: goal)
        #expect(s.goalHeadcount == goalHeadcount && s.gap == gap && s.onTrack == (gap == 0))
    }

    @Test(arguments: [
        (Grade.band8c, 9, 40, 30.0, "3 more BME staff at band 8c this year to be on track: 9 of 40 against a goal of 12 (30.0%)."),
        (.band8a, 11, 40, 30.0, "1 more BME member of staff at band 8a this year to be on track: 11 of 40 against a goal of 12 (30.0%)."),
        (.vsm, 2, 6, 25.0, "On track at VSM: 2 BME staff of 6 against a goal of 2 (25.0%)."),
        (.band9, 0, 0, 25.0, "No staff at band 9 this year: nothing to assess."),
    ])
    func sentences(band: Grade, bme: Int, total: Int, goal: Double, expected: String) {
        let s = ModelEmployer.assess(year: 2026, band: band, bmeHeadcount: bme, totalHeadcount: total, goalPercent: goal)
        #expect(s.sentence == expected)
    }

    @Test func actualPercent() {
        let s = ModelEmployer.assess(year: 2026, band: .band8b, bmeHeadcount: 9, totalHeadcount: 40, goalPercent: 30)
        #expect(s.actualPercent == 22.5)
        #expect(ModelEmployer.assess(year: 2026, band: .band8b, bmeHeadcount: 0, totalHeadcount: 0, goalPercent: 30).actualPercent == nil)
    }
}
