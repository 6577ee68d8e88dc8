import Testing
@testable import ParityCore

@Suite struct VoiceThemeRiseTests {
    @Test func themesAtTheThresholdAndAboveLastPeriodRise() throws {
        // given
        let previous: [VoiceTheme: Int] = [.recruitment: 9, .disciplinary: 10, .training: 12, .managerDiscrimination: 20, .other: 3]
        let current: [VoiceTheme: Int] = [.recruitment: 10, .progression: 9, .disciplinary: 15, .training: 12, .harassmentFromPublic: 10, .managerDiscrimination: 15, .other: 30]
        // when
        let rises = VoiceThemeRise.rising(previous: previous, current: current)
        // then: progression has 9 (under 10), training is level, manager discrimination fell
        try #require(rises.map(\.theme) == [.recruitment, .disciplinary, .harassmentFromPublic, .other])
        #expect(rises[0].previous == .fewerThanMinimum)
        #expect(rises[0].current == .shown(10))
        #expect(rises[0].sentence == "Recruitment: 10 contributions this period, up from fewer than 10 in the previous period.")
        #expect(rises[1].previous == .shown(10))
        #expect(rises[1].sentence == "Disciplinary processes: 15 contributions this period, up from 10 in the previous period.")
        #expect(rises[2].previous == .fewerThanMinimum)
        #expect(rises[3].previous.display == "fewer than 10")
    }

    @Test(arguments: [(9, false), (10, true)])
    func theThresholdIsTen(count: Int, rises: Bool) {
        let result = VoiceThemeRise.rising(previous: [:], current: [.training: count])
        #expect(result.map(\.theme) == (rises ? [.training] : []))
    }

    @Test func anotherMinimumIsUsedInTheWords() {
        let rises = VoiceThemeRise.rising(previous: [.progression: 4], current: [.progression: 5], minimum: 5)
        #expect(rises.first?.previous == .fewerThanMinimum)
        #expect(rises.first?.sentence == "Progression and promotion: 5 contributions this period, up from fewer than 5 in the previous period.")
    }
}
