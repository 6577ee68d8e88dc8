import Foundation
import Testing
@testable import ParityCore

struct PulseResultsTests {
    private static let opens = VoiceDay.utc(2026, 3, 1)
    private static let closes = VoiceDay.utc(2026, 4, 1)

    @Test(arguments: [
        (VoiceDay.utc(2026, 2, 28, 23, 59, 59), PulseState.notOpen),
        (VoiceDay.utc(2026, 3, 1), .open),
        (VoiceDay.utc(2026, 3, 31, 23, 59, 59), .open),
        (VoiceDay.utc(2026, 4, 1), .closed),
        (VoiceDay.utc(2027, 1, 1), .closed),
    ])
    func visibility(now: Date, state: PulseState) {
        #expect(PulseResults.visibility(opensOn: Self.opens, closesOn: Self.closes, now: now) == state)
    }

    @Test(arguments: [PulseState.notOpen, .open])
    func nothingBeforeClose(state: PulseState) {
        let answers = Array(repeating: PulseAnswer.agree, count: 50)
        #expect(PulseResults.result(kind: .agreement, answers: answers, state: state) == nil)
    }

    @Test func nineResponsesShowNothing() throws {
        let answers: [PulseAnswer] = Array(repeating: .agree, count: 5) + Array(repeating: .disagree, count: 4)
        let result = try #require(PulseResults.result(kind: .agreement, answers: answers, state: .closed))
        #expect(result.responses == .fewerThanMinimum)
        #expect(result.agreePercent == nil)
        #expect(result.options.map(\.answer) == PulseQuestionKind.agreement.options)
        #expect(result.options.allSatisfy { $0.count == .fewerThanMinimum && $0.percent == nil })
    }

    @Test func tenResponsesShowTheirTotalButNoAnswerUnderTen() throws {
        // given 1 strongly agree, 3 agree, 2 neither, 4 disagree, 0 strongly disagree; "yes"
        // is not an agreement answer and is not counted.
        let answers: [PulseAnswer] = [.stronglyAgree, .agree, .agree, .agree, .neither, .neither, .disagree, .disagree, .disagree, .disagree, .yes]
        // when
        let result = try #require(PulseResults.result(kind: .agreement, answers: answers, state: .closed))
        // then
        #expect(result.responses == .shown(10))
        #expect(result.agreePercent == nil)
        #expect(result.options.allSatisfy { $0.count == .fewerThanMinimum && $0.percent == nil })
    }

    @Test func yesNoPercent() throws {
        let answers: [PulseAnswer] = Array(repeating: .yes, count: 15) + Array(repeating: .no, count: 12)
        let result = try #require(PulseResults.result(kind: .yesNo, answers: answers, state: .closed))
        #expect(result.responses == .shown(27))
        #expect(try #require(result.agreePercent) == 15.0 * 100 / 27)
        #expect(result.options.map(\.count) == [.shown(15), .shown(12)])
    }

    /// One small answer beside a large one would be the total minus the large one: both go.
    @Test func anAnswerUnderTenIsNotLeftRecoverableFromItsGroupsTotal() throws {
        // given
        let answers: [PulseAnswer] = Array(repeating: .yes, count: 15) + Array(repeating: .no, count: 3)
        // when
        let result = try #require(PulseResults.result(kind: .yesNo, answers: answers, state: .closed))
        // then
        #expect(result.responses == .shown(18))
        #expect(result.options.map(\.count) == [.withheld, .fewerThanMinimum])
        #expect(result.agreePercent == nil)
        #expect(result.options.allSatisfy { $0.percent == nil })
    }

    /// Everyone's responses less the one group shown would give the hidden group's (issue 19).
    @Test func aGroupUnderTenIsNotLeftRecoverableFromEveryone() throws {
        // given 25 answers: 16 from White staff, 9 from BME staff, 20 from disabled staff, 5 from non-disabled staff
        let white: [PulseAnswer] = Array(repeating: .yes, count: 16)
        let bme: [PulseAnswer] = Array(repeating: .yes, count: 9)
        let disabled: [PulseAnswer] = Array(repeating: .yes, count: 20)
        let nonDisabled: [PulseAnswer] = Array(repeating: .yes, count: 5)
        // when
        let results = try #require(PulseResults.results(kind: .yesNo, everyone: white + bme,
                                                        partitions: [[white, bme], [disabled, nonDisabled]], state: .closed))
        // then
        let responses: [VoiceCount] = results.map(\.responses)
        #expect(responses == [.shown(25), .withheld, .fewerThanMinimum, .withheld, .fewerThanMinimum])
        let shown: [Int] = results.flatMap { result in [result.responses] + result.options.map(\.count) }.compactMap(\.value)
        #expect(shown.allSatisfy { $0 >= 10 })
    }

    @Test func labels() {
        #expect(PulseAnswer.allCases.map(\.rawValue) == ["strongly-agree", "agree", "neither", "disagree", "strongly-disagree", "yes", "no"])
        #expect(PulseAnswer.neither.label == "Neither agree nor disagree")
        #expect(PulseQuestionKind.yesNo.rawValue == "yes-no")
        #expect(PulseQuestionKind.yesNo.options == [.yes, .no])
    }
}
