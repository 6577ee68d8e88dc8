import Foundation
import Testing
@testable import ParityCore

@Suite struct GoodPracticeEvidenceTests {
    typealias F = GoodPracticeFixtures

    /// 1 April 2024 00:00 UTC falls between the 2024 and 2025 data dates.
    static let april2024 = Date(timeIntervalSince1970: 1_711_929_600)

    /// One indicator's return in an earlier (worse) and a later (better) shape.
    struct Movement: Sendable {
        let indicator: Int
        let worse: [F.Row]
        let better: [F.Row]
        let worseText: String
        let betterText: String
    }

    static let movements: [Movement] = [
        // 10 of 100 senior staff BME, then 20 of 100
        Movement(indicator: 1, worse: F.workforce + F.senior(white: 90, bme: 10), better: F.workforce + F.senior(white: 80, bme: 20), worseText: "10.0%", betterText: "20.0%"),
        // (30/100) ÷ (20/100) = 1.50, then (24/100) ÷ (20/100) = 1.20
        Movement(indicator: 2, worse: F.appointments(white: 30, bme: 20), better: F.appointments(white: 24, bme: 20), worseText: "1.50", betterText: "1.20"),
        // (20/500) ÷ (20/1000) = 2.00, then (12/500) ÷ (20/1000) = 1.20
        Movement(indicator: 3, worse: F.workforce + [(3, .enteredDisciplinary, .white, 20), (3, .enteredDisciplinary, .bme, 20)],
                 better: F.workforce + [(3, .enteredDisciplinary, .white, 20), (3, .enteredDisciplinary, .bme, 12)], worseText: "2.00", betterText: "1.20"),
        // (500/1000) ÷ (150/500) = 1.67, then (500/1000) ÷ (250/500) = 1.00
        Movement(indicator: 4, worse: F.workforce + [(4, .accessedTraining, .white, 500), (4, .accessedTraining, .bme, 150)],
                 better: F.workforce + [(4, .accessedTraining, .white, 500), (4, .accessedTraining, .bme, 250)], worseText: "1.67", betterText: "1.00"),
        // 30% − 25% = +5.0 pts, then 27% − 25% = +2.0 pts
        Movement(indicator: 5, worse: F.survey(5, whiteYes: 50, bmeYes: 30), better: F.survey(5, whiteYes: 50, bmeYes: 27), worseText: "+5.0 pts", betterText: "+2.0 pts"),
        Movement(indicator: 6, worse: F.survey(6, whiteYes: 50, bmeYes: 30), better: F.survey(6, whiteYes: 50, bmeYes: 27), worseText: "+5.0 pts", betterText: "+2.0 pts"),
        // higher is better: 40% − 50% = −10.0 pts, then 46% − 50% = −4.0 pts
        Movement(indicator: 7, worse: F.survey(7, whiteYes: 100, bmeYes: 40), better: F.survey(7, whiteYes: 100, bmeYes: 46), worseText: "\u{2212}10.0 pts", betterText: "\u{2212}4.0 pts"),
        Movement(indicator: 8, worse: F.survey(8, whiteYes: 50, bmeYes: 30), better: F.survey(8, whiteYes: 50, bmeYes: 27), worseText: "+5.0 pts", betterText: "+2.0 pts"),
        // board 5 of 20 = 25% against 500 of 1,500 = 33.3%: −8.3 pts; then 10 of 20 = 50%: +16.7 pts
        Movement(indicator: 9, worse: F.workforce + F.board(white: 15, bme: 5), better: F.workforce + F.board(white: 10, bme: 10), worseText: "\u{2212}8.3 pts", betterText: "+16.7 pts"),
    ]

    @Test(arguments: movements)
    func eachIndicatorImprovesOneWayAndWorsensTheOther(movement: Movement) {
        // given
        let improving = [F.published(year: 2023, movement.worse), F.published(year: 2026, movement.better)]
        let worsening = [F.published(year: 2023, movement.better), F.published(year: 2026, movement.worse)]
        // when
        let up = GoodPracticeEvidence.make(indicator: movement.indicator, start: Self.april2024, series: improving)
        let down = GoodPracticeEvidence.make(indicator: movement.indicator, start: Self.april2024, series: worsening)
        // then
        #expect(up.direction == .improved)
        #expect(up.before?.text == movement.worseText)
        #expect(up.after?.text == movement.betterText)
        #expect(up.before?.year == 2023)
        #expect(up.after?.year == 2026)
        #expect(down.direction == .worsened)
        #expect(down.before?.text == movement.betterText)
    }

    @Test func theSentenceSaysWhereItMovedFromAndTo() {
        let series = [F.published(year: 2023, F.appointments(white: 30, bme: 20)), F.published(year: 2026, F.appointments(white: 24, bme: 20))]
        let evidence = GoodPracticeEvidence.make(indicator: 2, start: Self.april2024, series: series)
        #expect(evidence.sentence == "Indicator 2 moved from 1.50 in 2023 to 1.20 in 2026: improved.")
        #expect(evidence.before?.value == 1.5)
        #expect(abs((evidence.after?.value ?? 0) - 1.2) < 1e-12)
    }

    @Test func indicatorOneIsJudgedOnTheSeniorShareNotTheWorkforceShare() {
        let series = [F.published(year: 2023, F.workforce + F.senior(white: 90, bme: 10)), F.published(year: 2026, F.workforce + F.senior(white: 80, bme: 20))]
        let evidence = GoodPracticeEvidence.make(indicator: 1, start: Self.april2024, series: series)
        #expect(evidence.sentence == "Indicator 1 (BME share of bands 8a to VSM) moved from 10.0% in 2023 to 20.0% in 2026: improved.")
    }

    // Data dates are 31 March at 00:00 UTC: 1711843200 is 31 March 2024 00:00 UTC.
    @Test(arguments: [
        (1_711_843_200.0, 2024, 2026), // on 2024's data date: 2024 is "before"
        (1_711_843_199.0, 2023, 2026), // one second earlier
        (1_711_886_400.0, 2024, 2026), // noon on 31 March 2024
    ])
    func beforeIsTheLastDataDateOnOrBeforeTheStart(start: Double, beforeYear: Int, afterYear: Int) {
        let series = (2022...2026).map { F.published(year: $0, F.appointments(white: 20 + $0 - 2022, bme: 20)) }
        let evidence = GoodPracticeEvidence.make(indicator: 2, start: Date(timeIntervalSince1970: start), series: series.reversed())
        #expect(evidence.before?.year == beforeYear)
        #expect(evidence.after?.year == afterYear)
    }

    @Test func yearsWithoutDataArePassedOver() {
        let series = [F.published(year: 2023, F.appointments(white: 30, bme: 20)), F.published(year: 2025, F.appointments(white: 24, bme: 20)), F.published(year: 2026, [])]
        let evidence = GoodPracticeEvidence.make(indicator: 2, start: Self.april2024, series: series)
        #expect(evidence.after?.year == 2025)
        #expect(evidence.direction == .improved)
    }

    @Test func noReturnBeforeTheStart() {
        // 1 June 2021, before the first data date
        let series = [F.published(year: 2023, F.appointments(white: 30, bme: 20))]
        let evidence = GoodPracticeEvidence.make(indicator: 2, start: Date(timeIntervalSince1970: 1_622_505_600), series: series)
        #expect(evidence.before == nil)
        #expect(evidence.direction == .notComparable)
        #expect(evidence.sentence == "Indicator 2 was 1.50 in 2023: not comparable, there is no return before the start date.")
    }

    @Test func noReturnAfterTheStartYet() {
        // 1 April 2026, after the last data date
        let series = [F.published(year: 2026, F.appointments(white: 30, bme: 20))]
        let evidence = GoodPracticeEvidence.make(indicator: 2, start: Date(timeIntervalSince1970: 1_775_001_600), series: series)
        #expect(evidence.after == nil)
        #expect(evidence.before?.year == 2026)
        #expect(evidence.direction == .notComparable)
        #expect(evidence.sentence == "Indicator 2 was 1.50 in 2026: not comparable, there is no return after the start date yet.")
    }

    @Test func noReturnsAtAll() {
        let evidence = GoodPracticeEvidence.make(indicator: 5, start: Self.april2024, series: [])
        #expect(evidence.sentence == "Indicator 5: not comparable, there is no return before or after the start date.")
    }

    @Test func aWithheldFigureIsNotComparedButTheOwnerSeesTheChange() {
        // given 3 BME appointments in 2026: under 5, so the ratio is withheld in public
        let rows2023 = F.appointments(white: 30, bme: 20)
        let rows2026 = F.appointments(white: 9, bme: 3)
        let publicSeries = [F.published(year: 2023, rows2023), F.published(year: 2026, rows2026)]
        let ownSeries = [F.published(year: 2023, rows2023, policy: .unrestricted), F.published(year: 2026, rows2026, policy: .unrestricted)]
        // when
        let shown = GoodPracticeEvidence.make(indicator: 2, start: Self.april2024, series: publicSeries)
        let own = GoodPracticeEvidence.make(indicator: 2, start: Self.april2024, series: ownSeries)
        // then
        #expect(shown.after == GoodPracticeEvidence.Point(year: 2026, value: nil, text: "*"))
        #expect(shown.direction == .notComparable)
        #expect(shown.sentence == "Indicator 2 was 1.50 in 2023 and * in 2026: not comparable, the 2026 figure is withheld (small numbers).")
        // (9/100) ÷ (3/100) = 3.00: further from parity
        #expect(own.sentence == "Indicator 2 moved from 1.50 in 2023 to 3.00 in 2026: worsened.")
    }

    @Test func bothFiguresWithheld() {
        let series = [F.published(year: 2023, F.appointments(white: 9, bme: 3)), F.published(year: 2026, F.appointments(white: 9, bme: 4))]
        let evidence = GoodPracticeEvidence.make(indicator: 2, start: Self.april2024, series: series)
        #expect(evidence.sentence == "Indicator 2 was * in 2023 and * in 2026: not comparable, the 2023 and 2026 figures are withheld (small numbers).")
    }

    @Test func aMissingFigureIsNotComparable() {
        // 2026's return has indicator 5 but not indicator 2
        let series = [F.published(year: 2023, F.appointments(white: 30, bme: 20)), F.published(year: 2026, F.survey(5, whiteYes: 50, bmeYes: 30))]
        let evidence = GoodPracticeEvidence.make(indicator: 2, start: Self.april2024, series: series)
        #expect(evidence.after?.text == "n/a")
        #expect(evidence.sentence == "Indicator 2 was 1.50 in 2023 and n/a in 2026: not comparable, there is no 2026 figure.")
    }

    @Test func seniorShareWithheldOrAbsent() {
        // 3 BME staff in band 8a: the share is built from a count under 5
        let withheld = GoodPracticeEvidence.Point(indicator: 1, figures: F.published(year: 2026, F.workforce + F.senior(white: 40, bme: 3)))
        let absent = GoodPracticeEvidence.Point(indicator: 1, figures: F.published(year: 2026, F.workforce))
        #expect(withheld == GoodPracticeEvidence.Point(year: 2026, value: nil, text: "*"))
        #expect(absent == GoodPracticeEvidence.Point(year: 2026, value: nil, text: "n/a"))
    }
}
