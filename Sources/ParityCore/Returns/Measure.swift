/// What a return row counts. The text form is the `measure` column of the return file.
public enum Measure: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Indicator 1: staff in post in one workforce and grade.
    case headcount(Workforce, Grade)
    /// Indicator 2: applicants shortlisted.
    case shortlisted
    /// Indicator 2: applicants appointed from shortlisting.
    case appointed
    /// Indicator 3: staff entering the formal disciplinary process (investigation).
    case enteredDisciplinary
    /// Indicator 4: staff accessing non-mandatory training and CPD.
    case accessedTraining
    /// Indicators 5–8: Staff Survey respondents to the indicator's question.
    case surveyRespondents
    /// Indicators 5–8: respondents answering yes (or agreeing).
    case surveyYes
    /// Indicator 9: board members holding one kind of seat.
    case board(BoardSeat)

    /// Parses the `measure` column; `nil` when the text is not a measure of the contract.
    public init?(rawValue: String) {
        switch rawValue {
        case "shortlisted": self = .shortlisted
        case "appointed": self = .appointed
        case "entered-disciplinary": self = .enteredDisciplinary
        case "accessed-training": self = .accessedTraining
        case "survey-respondents": self = .surveyRespondents
        case "survey-yes": self = .surveyYes
        default:
            let parts = rawValue.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            if parts.count == 3, parts[0] == "headcount",
               let workforce = Workforce(rawValue: parts[1]),
               let grade = Grade(rawValue: parts[2]), workforce.grades.contains(grade) {
                self = .headcount(workforce, grade)
            } else if parts.count == 2, parts[0] == "board", let seat = BoardSeat(rawValue: parts[1]) {
                self = .board(seat)
            } else {
                return nil
            }
        }
    }

    public var rawValue: String {
        switch self {
        case let .headcount(workforce, grade): "headcount:\(workforce.rawValue):\(grade.rawValue)"
        case .shortlisted: "shortlisted"
        case .appointed: "appointed"
        case .enteredDisciplinary: "entered-disciplinary"
        case .accessedTraining: "accessed-training"
        case .surveyRespondents: "survey-respondents"
        case .surveyYes: "survey-yes"
        case let .board(seat): "board:\(seat.rawValue)"
        }
    }

    public var description: String { rawValue }

    /// The WRES indicators a row with this measure may belong to.
    public var wresIndicators: ClosedRange<Int> {
        switch self {
        case .headcount: 1...1
        case .shortlisted, .appointed: 2...2
        case .enteredDisciplinary: 3...3
        case .accessedTraining: 4...4
        case .surveyRespondents, .surveyYes: 5...8
        case .board: 9...9
        }
    }

    /// Every measure of the WRES return, in template order.
    public static let allWRES: [Measure] =
        Workforce.allCases.flatMap { workforce in workforce.grades.map { .headcount(workforce, $0) } }
        + [.shortlisted, .appointed, .enteredDisciplinary, .accessedTraining, .surveyRespondents, .surveyYes]
        + BoardSeat.allCases.map { .board($0) }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let measure = Measure(rawValue: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown measure \(text)"))
        }
        self = measure
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
