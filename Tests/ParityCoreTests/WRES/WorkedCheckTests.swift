import Testing
@testable import ParityCore

/// DOMAIN.md "Worked checks", from published trust reports.
struct WorkedCheckTests {
    // White 46.99% appointed vs BME 14.65% → RL 3.21.
    @Test func indicator2() throws {
        let counts = WRESReturnBuilder()
            .with(2, .shortlisted, white: 10000, bme: 10000)
            .with(2, .appointed, white: 4699, bme: 1465).counts
        let c = WRESEngine.likelihood(indicator: 2, year: 2026, current: counts, previous: nil)
        #expect(DisplayFormat.ratio(try #require(c.relativeLikelihood)) == "3.21")
        #expect(c.flag == .adverse)
    }

    // 17 White and 9 BME entered; 0.7% vs 1.2% of headcount → RL ≈ 1.7. Headcounts chosen
    // to give those percentages: 17/2,400 = 0.708%, 9/750 = 1.200%; RL 1.6941 (python3).
    @Test func indicator3() throws {
        let counts = WRESReturnBuilder().headcount(white: 2400, bme: 750)
            .with(3, .enteredDisciplinary, white: 17, bme: 9).counts
        let c = WRESEngine.likelihood(indicator: 3, year: 2026, current: counts, previous: nil)
        #expect(DisplayFormat.percent(try #require(c.reference?.percent)) == "0.7%")
        #expect(DisplayFormat.percent(try #require(c.focus?.percent)) == "1.2%")
        #expect(DisplayFormat.decimal(try #require(c.relativeLikelihood), places: 1) == "1.7")
        #expect(c.usedSingleYear)
    }

    // BME 990, White 6,307, Unknown 125 of 7,422 → 13.3%, 85.0%, 1.7%, spread over cells.
    @Test(arguments: [(PopulationGroup.bme, "13.3%"), (.white, "85.0%"), (.unknown, "1.7%")])
    func indicator1(group: PopulationGroup, expected: String) throws {
        let counts = WRESReturnBuilder()
            .with(1, .headcount(.nonClinical, .band3), white: 2000, bme: 300, unknown: 40)
            .with(1, .headcount(.clinical, .band6), white: 3807, bme: 490, unknown: 60)
            .with(1, .headcount(.clinical, .vsm), white: 100, bme: 20, unknown: 5)
            .with(1, .headcount(.medical, .consultant), white: 400, bme: 180, unknown: 20).counts
        let representation = WRESEngine.representation(counts)
        #expect(representation.overallTotal == 7422)
        #expect(representation.overall == [.white: 6307, .bme: 990, .unknown: 125])
        #expect(DisplayFormat.percent(try #require(representation.overallPercent(group))) == expected)
    }
}
