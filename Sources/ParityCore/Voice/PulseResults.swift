import Foundation // Date

/// One answer's share of a pulse question's responses.
public struct PulseOptionResult: Sendable, Hashable, Codable {
    public let answer: PulseAnswer
    public let count: VoiceCount
    /// Percent of responses, 0–100 unrounded; `nil` below the minimum.
    public let percent: Double?

    public init(answer: PulseAnswer, count: VoiceCount, percent: Double?) {
        self.answer = answer
        self.count = count
        self.percent = percent
    }
}

/// The disclosed result of one pulse question.
public struct PulseQuestionResult: Sendable, Hashable, Codable {
    public let kind: PulseQuestionKind
    /// One per option of `kind`, in its order.
    public let options: [PulseOptionResult]
    public let responses: VoiceCount
    /// Percent agreeing or strongly agreeing (yes, for a yes/no question) of all responses,
    /// 0–100 unrounded; `nil` below the minimum.
    public let agreePercent: Double?

    public init(kind: PulseQuestionKind, options: [PulseOptionResult], responses: VoiceCount, agreePercent: Double?) {
        self.kind = kind
        self.options = options
        self.responses = responses
        self.agreePercent = agreePercent
    }
}

/// When and how pulse results may be shown (issue 6: "results appear only after close and
/// only for groups with ≥ 10 responses"; DOMAIN.md, Disclosure control).
public enum PulseResults {
    /// `.notOpen` before `opensOn`, `.open` from `opensOn` until just before `closesOn`, and
    /// `.closed` from `closesOn` on: both are instants, so a survey "closing on 31 March"
    /// passes the first instant after its last day.
    public static func visibility(opensOn: Date, closesOn: Date, now: Date) -> PulseState {
        if now < opensOn { return .notOpen }
        return now < closesOn ? .open : .closed
    }

    /// The result of one question from its `answers` (of one group, such as a system or an
    /// organisation), or `nil` unless the survey is `.closed`: `results` with no breakdown.
    public static func result(kind: PulseQuestionKind, answers: [PulseAnswer], state: PulseState, minimum: Int = VoiceDisclosure.minimumContributions) -> PulseQuestionResult? {
        results(kind: kind, everyone: answers, partitions: [], state: state, minimum: minimum)?.first
    }
}
