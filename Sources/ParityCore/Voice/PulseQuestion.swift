/// The answer scale of a pulse question (issue 6: agree/disagree scale and yes/no questions).
public enum PulseQuestionKind: String, CaseIterable, Sendable, Hashable, Codable {
    case agreement = "agreement"
    case yesNo = "yes-no"

    /// The answers offered, in the order the form and results list them.
    public var options: [PulseAnswer] {
        switch self {
        case .agreement: [.stronglyAgree, .agree, .neither, .disagree, .stronglyDisagree]
        case .yesNo: [.yes, .no]
        }
    }

    /// The answers that count as the favourable share: agree or strongly agree; yes.
    public var favourable: [PulseAnswer] {
        switch self {
        case .agreement: [.stronglyAgree, .agree]
        case .yesNo: [.yes]
        }
    }
}

/// One answer to a pulse question.
public enum PulseAnswer: String, CaseIterable, Sendable, Hashable, Codable {
    case stronglyAgree = "strongly-agree"
    case agree = "agree"
    case neither = "neither"
    case disagree = "disagree"
    case stronglyDisagree = "strongly-disagree"
    case yes = "yes"
    case no = "no"

    /// The answer as the form shows it.
    public var label: String {
        switch self {
        case .stronglyAgree: "Strongly agree"
        case .agree: "Agree"
        case .neither: "Neither agree nor disagree"
        case .disagree: "Disagree"
        case .stronglyDisagree: "Strongly disagree"
        case .yes: "Yes"
        case .no: "No"
        }
    }
}

/// Where a pulse survey is in its life.
public enum PulseState: String, CaseIterable, Sendable, Hashable, Codable {
    case notOpen = "not-open"
    case open = "open"
    case closed = "closed"
}
