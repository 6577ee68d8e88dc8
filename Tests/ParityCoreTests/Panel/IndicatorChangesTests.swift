import Testing
@testable import ParityCore

@Suite struct IndicatorChangesTests {
    typealias F = GoodPracticeFixtures

    /// 2025: RL2 1.20 non-adverse, RL3 1.20, RL4 (350/1000) ÷ (250/500) = 0.70 favourable,
    /// gap 5 +2.0 pts, gap 7 −4.0 pts, board 50% − 33.3% = +16.7 pts.
    static let lastYear = F.workforce + F.appointments(white: 24, bme: 20)
        + [(3, .enteredDisciplinary, .white, 20), (3, .enteredDisciplinary, .bme, 12)]
        + [(4, .accessedTraining, .white, 350), (4, .accessedTraining, .bme, 250)]
        + F.survey(5, whiteYes: 50, bmeYes: 27) + F.survey(7, whiteYes: 100, bmeYes: 46) + F.board(white: 10, bme: 10)

    /// 2026: RL2 1.50 adverse, RL3 unchanged, RL4 (450/1000) ÷ (250/500) = 0.90 non-adverse,
    /// gap 5 +5.0 pts, gap 7 −1.0 pts, board 25% − 33.3% = −8.3 pts.
    static let thisYear = F.workforce + F.appointments(white: 30, bme: 20)
        + [(3, .enteredDisciplinary, .white, 20), (3, .enteredDisciplinary, .bme, 12)]
        + [(4, .accessedTraining, .white, 450), (4, .accessedTraining, .bme, 250)]
        + F.survey(5, whiteYes: 50, bmeYes: 30) + F.survey(7, whiteYes: 100, bmeYes: 49) + F.board(white: 15, bme: 5)

    @Test func flagsThatWorsenAndValuesThatMoveTheWrongWayAreListed() throws {
        // when
        let changes = IndicatorChanges.worsened(previous: F.published(year: 2025, Self.lastYear), current: F.published(year: 2026, Self.thisYear))
        // then
        // 4 moved from favourable into the non-adverse range, toward parity: not a worsening
        #expect(changes.map(\.indicator) == [2, 5, 9])
        #expect(changes.map(\.sentence) == [
            "Indicator 2 worsened from 1.20 (non-adverse) in 2025 to 1.50 (adverse) in 2026.",
            "Indicator 5 worsened from +2.0 pts (non-adverse) in 2025 to +5.0 pts (non-adverse) in 2026.",
            "Indicator 9 worsened from +16.7 pts in 2025 to \u{2212}8.3 pts in 2026.",
        ])
        try #require(changes.count == 3)
        let two = changes[0]
        #expect(two.previousYear == 2025 && two.currentYear == 2026)
        #expect(two.previousText == "1.20" && two.currentText == "1.50")
        #expect(two.previousFlag == .nonAdverse && two.currentFlag == .adverse)
        #expect(changes[2].previousFlag == nil && changes[2].currentFlag == nil)
    }

    @Test func onlyMovesAwayFromParityOrIntoAdverseAreWorsenings() {
        // the same two years the other way round: 2, 5 and 9 get better; 4 moves from 0.90 to
        // 0.70, favourable, but away from parity; 7 goes from −1.0 to −4.0
        let changes = IndicatorChanges.worsened(previous: F.published(year: 2025, Self.thisYear), current: F.published(year: 2026, Self.lastYear))
        #expect(changes.map(\.indicator) == [4, 7])
        #expect(changes.last?.sentence == "Indicator 7 worsened from \u{2212}1.0 pts (non-adverse) in 2025 to \u{2212}4.0 pts (non-adverse) in 2026.")
    }

    /// Indicator 2 from appointed of 1,000 shortlisted in each group.
    static func appointmentsPerThousand(white: Int, bme: Int) -> [F.Row] {
        [(2, .shortlisted, .white, 1000), (2, .appointed, .white, white), (2, .shortlisted, .bme, 1000), (2, .appointed, .bme, bme)]
    }

    @Test(arguments: [
        (300, 400, true),  // adverse 1.50 to adverse 2.00
        (300, 301, false), // adverse 1.50 to 1.505: within 1%
        (300, 240, false), // adverse 1.50 to non-adverse 1.20
    ])
    func withTheSameFlagTheValueDecides(previousWhite: Int, currentWhite: Int, listed: Bool) {
        let previous = F.published(year: 2025, Self.appointmentsPerThousand(white: previousWhite, bme: 200))
        let current = F.published(year: 2026, Self.appointmentsPerThousand(white: currentWhite, bme: 200))
        #expect(IndicatorChanges.worsened(previous: previous, current: current).map(\.indicator) == (listed ? [2] : []))
    }

    @Test func aWithheldFigureIsNeverAWorsening() {
        let withheld = F.published(year: 2025, F.appointments(white: 9, bme: 3))
        let adverse = F.published(year: 2026, F.appointments(white: 30, bme: 20))
        #expect(withheld.flag(indicator: 2) == .tooFewToConclude)
        #expect(IndicatorChanges.worsened(previous: withheld, current: adverse).isEmpty)
        #expect(IndicatorChanges.worsened(previous: F.published(year: 2025, F.appointments(white: 24, bme: 20)), current: F.published(year: 2026, F.appointments(white: 9, bme: 3))).isEmpty)
    }

    @Test func indicatorOneReadsTheSeniorShare() {
        let previous = F.published(year: 2025, F.workforce + F.senior(white: 80, bme: 20))
        let current = F.published(year: 2026, F.workforce + F.senior(white: 90, bme: 10))
        let changes = IndicatorChanges.worsened(previous: previous, current: current)
        #expect(changes.map(\.sentence) == ["Indicator 1 (BME share of bands 8a to VSM) worsened from 20.0% in 2025 to 10.0% in 2026."])
    }
}
