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

    @Test func tenResponsesShowEveryOption() throws {
        // 1 strongly agree, 3 agree, 2 neither, 4 disagree, 0 strongly disagree; "yes" is not
        // an agreement answer and is not counted.
        let answers: [PulseAnswer] = [.stronglyAgree, .agree, .agree, .agree, .neither, .neither, .disagree, .disagree, .disagree, .disagree, .yes]
        let result = try #require(PulseResults.result(kind: .agreement, answers: answers, state: .closed))
        #expect(result.responses == .shown(10))
        #expect(result.agreePercent == 40)
        #expect(result.options == [
            PulseOptionResult(answer: .stronglyAgree, count: .shown(1), percent: 10),
            PulseOptionResult(answer: .agree, count: .shown(3), percent: 30),
            PulseOptionResult(answer: .neither, count: .shown(2), percent: 20),
            PulseOptionResult(answer: .disagree, count: .shown(4), percent: 40),
            PulseOptionResult(answer: .stronglyDisagree, count: .shown(0), percent: 0),
        ])
    }

    @Test func yesNoPercent() throws {
        let answers: [PulseAnswer] = Array(repeating: .yes, count: 7) + Array(repeating: .no, count: 5)
        let result = try #require(PulseResults.result(kind: .yesNo, answers: answers, state: .closed))
        #expect(result.responses == .shown(12))
        #expect(try #require(result.agreePercent) == 7.0 * 100 / 12)
        #expect(result.options.map(\.count) == [.shown(7), .shown(5)])
    }

    @Test func labels() {
        #expect(PulseAnswer.allCases.map(\.rawValue) == ["strongly-agree", "agree", "neither", "disagree", "strongly-disagree", "yes", "no"])
        #expect(PulseAnswer.neither.label == "Neither agree nor disagree")
        #expect(PulseQuestionKind.yesNo.rawValue == "yes-no")
        #expect(PulseQuestionKind.yesNo.options == [.yes, .no])
    }
}
