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
    /// organisation), or `nil` unless the survey is `.closed`. Answers not offered by `kind`
    /// are not counted.
    ///
    /// The project's rule: with fewer than `minimum` responses nothing but "fewer than 10" is
    /// shown (no option counts, no percentages). With `minimum` or more, every option's count
    /// and percentage is shown even when the option itself is small: the threshold is on the
    /// group answering, and the answer scale is not a breakdown of people.
    public static func result(kind: PulseQuestionKind, answers: [PulseAnswer], state: PulseState, minimum: Int = VoiceDisclosure.minimumContributions) -> PulseQuestionResult? {
        guard state == .closed else { return nil }
        let counted = answers.filter(kind.options.contains)
        let total = counted.count
        guard total >= minimum else {
            let options = kind.options.map { PulseOptionResult(answer: $0, count: .fewerThanMinimum, percent: nil) }
            return PulseQuestionResult(kind: kind, options: options, responses: .fewerThanMinimum, agreePercent: nil)
        }
        func percent(_ count: Int) -> Double { Double(count) * 100 / Double(total) }
        let options = kind.options.map { option in
            let count = counted.filter { $0 == option }.count
            return PulseOptionResult(answer: option, count: .shown(count), percent: percent(count))
        }
        let favourable = counted.filter(kind.favourable.contains).count
        return PulseQuestionResult(kind: kind, options: options, responses: .shown(total), agreePercent: percent(favourable))
    }
}
