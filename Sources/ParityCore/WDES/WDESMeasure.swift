/// What a WDES count counts; the raw value is the `measure` column of a WDES return. Measures
/// shared with WRES keep WRES's text, so one file contract covers both standards.
public enum WDESMeasure: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Metric 1: staff in post in one workforce and pay cluster.
    case clusterHeadcount(Workforce, WDESCluster)
    /// Metric 2: applicants shortlisted, and appointed from shortlisting.
    case shortlisted
    case appointed
    /// Metric 3: staff entering the formal capability process on grounds of performance.
    case enteredCapability
    /// Metrics 4a–8 and 9a: Staff Survey respondents to the metric's question (or, for 9a,
    /// with an engagement score).
    case surveyRespondents
    /// Metrics 4a–8: respondents answering yes (or agreeing).
    case surveyYes
    /// Metric 9a: the sum of respondents' engagement scores in hundredths of a point
    /// (mean score × respondents × 100, rounded), so that pooling adds counts and the mean
    /// is this ÷ respondents ÷ 100.
    case engagementScoreSum
    /// Metric 9b: organisations answering yes (1 yes, 0 no for one organisation).
    case actionTaken
    /// Metric 10: board members holding one kind of seat.
    case board(BoardSeat)

    /// Parses the `measure` column; `nil` when the text is not a WDES measure.
    public init?(rawValue: String) {
        switch rawValue {
        case "shortlisted": self = .shortlisted
        case "appointed": self = .appointed
        case "entered-capability": self = .enteredCapability
        case "survey-respondents": self = .surveyRespondents
        case "survey-yes": self = .surveyYes
        case "engagement-score-sum": self = .engagementScoreSum
        case "action-taken": self = .actionTaken
        default:
            let parts = rawValue.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            if parts.count == 3, parts[0] == "cluster-headcount",
               let workforce = Workforce(rawValue: parts[1]),
               let cluster = WDESCluster(rawValue: parts[2]), WDESCluster.clusters(of: workforce).contains(cluster) {
                self = .clusterHeadcount(workforce, cluster)
            } else if parts.count == 2, parts[0] == "board", let seat = BoardSeat(rawValue: parts[1]) {
                self = .board(seat)
            } else {
                return nil
            }
        }
    }

    public var rawValue: String {
        switch self {
        case let .clusterHeadcount(workforce, cluster): "cluster-headcount:\(workforce.rawValue):\(cluster.rawValue)"
        case .shortlisted: "shortlisted"
        case .appointed: "appointed"
        case .enteredCapability: "entered-capability"
        case .surveyRespondents: "survey-respondents"
        case .surveyYes: "survey-yes"
        case .engagementScoreSum: "engagement-score-sum"
        case .actionTaken: "action-taken"
        case let .board(seat): "board:\(seat.rawValue)"
        }
    }

    public var description: String { rawValue }

    /// The metrics a count with this measure may belong to (for validating a return).
    public var metrics: [WDESMetric] {
        switch self {
        case .clusterHeadcount: [.representation]
        case .shortlisted, .appointed: [.appointment]
        case .enteredCapability: [.capability]
        case .surveyRespondents: WDESMetric.surveyGaps + [.reasonableAdjustments, .engagement]
        case .surveyYes: WDESMetric.surveyGaps + [.reasonableAdjustments]
        case .engagementScoreSum: [.engagement]
        case .actionTaken: [.voiceAction]
        case .board: [.board]
        }
    }

    /// Every metric-1 headcount measure, in workforce then cluster order.
    public static let allClusterHeadcounts: [WDESMeasure] =
        Workforce.allCases.flatMap { workforce in WDESCluster.clusters(of: workforce).map { .clusterHeadcount(workforce, $0) } }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let measure = WDESMeasure(rawValue: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown WDES measure \(text)"))
        }
        self = measure
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
