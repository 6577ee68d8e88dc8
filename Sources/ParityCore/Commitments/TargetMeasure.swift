/// The WRES figure a measurable target is judged on, read from a `WRESReport` so that a
/// target is never ticked by hand. The text form (`rawValue`) is the stored form.
public enum TargetMeasure: Sendable, Hashable, Codable, CustomStringConvertible {
    /// WRES indicator 2, 3 or 4: the relative likelihood, above 1 adverse to BME staff.
    case relativeLikelihood(indicator: Int)
    /// WRES indicator 5, 6, 7 or 8: BME % − White % of survey respondents, in points.
    case surveyGapPoints(indicator: Int)
    /// WRES indicator 1: BME % of non-clinical and clinical staff in bands 8a to VSM, 0–100.
    case bmeSeniorSharePercent
    /// WRES indicator 1: BME % of the whole workforce, 0–100.
    case bmeWorkforceSharePercent
    /// WRES indicator 9: board BME % − workforce BME %, in percentage points.
    case boardDifferencePoints

    /// Parses the stored form: "relative-likelihood:2" (2–4), "survey-gap:5" (5–8),
    /// "bme-senior-share", "bme-workforce-share", "board-difference"; `nil` otherwise.
    public init?(rawValue: String) {
        switch rawValue {
        case "bme-senior-share": self = .bmeSeniorSharePercent
        case "bme-workforce-share": self = .bmeWorkforceSharePercent
        case "board-difference": self = .boardDifferencePoints
        default:
            let parts = rawValue.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, let indicator = Int(parts[1]) else { return nil }
            switch parts[0] {
            case "relative-likelihood": self = .relativeLikelihood(indicator: indicator)
            case "survey-gap": self = .surveyGapPoints(indicator: indicator)
            default: return nil
            }
            guard isDefined else { return nil }
        }
    }

    /// The stored form, e.g. "relative-likelihood:2".
    public var rawValue: String {
        switch self {
        case let .relativeLikelihood(indicator): "relative-likelihood:\(indicator)"
        case let .surveyGapPoints(indicator): "survey-gap:\(indicator)"
        case .bmeSeniorSharePercent: "bme-senior-share"
        case .bmeWorkforceSharePercent: "bme-workforce-share"
        case .boardDifferencePoints: "board-difference"
        }
    }

    /// The stored form, so that logs and interpolations show what the database holds.
    public var description: String { rawValue }

    /// Whether the measure names a figure WRES has: a relative likelihood for indicators
    /// 2–4 only, a survey gap for 5–8 only.
    public var isDefined: Bool {
        switch self {
        case let .relativeLikelihood(indicator): (2...4).contains(indicator)
        case let .surveyGapPoints(indicator): (5...8).contains(indicator)
        case .bmeSeniorSharePercent, .bmeWorkforceSharePercent, .boardDifferencePoints: true
        }
    }

    /// Why an undefined measure has no figure: "WRES indicator 9 has no relative likelihood
    /// (only indicators 2–4 do)"; `nil` when the measure is defined.
    public var undefinedReason: String? {
        switch self {
        case let .relativeLikelihood(indicator) where !isDefined:
            "WRES indicator \(indicator) has no relative likelihood (only indicators 2–4 do)"
        case let .surveyGapPoints(indicator) where !isDefined:
            "WRES indicator \(indicator) has no survey gap (only indicators 5–8 do)"
        default:
            nil
        }
    }

    /// The measure in words, starting lower case unless it starts with a name:
    /// "WRES indicator 2 relative likelihood", "board BME share minus workforce BME share".
    public var name: String {
        switch self {
        case let .relativeLikelihood(indicator): "WRES indicator \(indicator) relative likelihood"
        case let .surveyGapPoints(indicator): "WRES indicator \(indicator) survey gap (BME % − White %)"
        case .bmeSeniorSharePercent: "BME share of bands 8a to VSM"
        case .bmeWorkforceSharePercent: "BME share of the whole workforce"
        case .boardDifferencePoints: "board BME share minus workforce BME share"
        }
    }

    /// The unrounded figure in `report`; `nil` when the report has none or the measure is
    /// not defined. Units as the case says: a ratio, percent 0–100 or percentage points.
    public func value(in report: WRESReport) -> Double? {
        guard isDefined else { return nil }
        switch self {
        case let .relativeLikelihood(indicator): return report.likelihoods[indicator]?.relativeLikelihood
        case let .surveyGapPoints(indicator): return report.surveys[indicator]?.gapPoints
        case .bmeSeniorSharePercent: return report.representation.seniorBMEPercent
        case .bmeWorkforceSharePercent: return report.representation.overallPercent(.bme)
        case .boardDifferencePoints: return report.board.boardDifferencePoints
        }
    }

    /// A figure of this measure for people to read, rounded to `displayPlaces`:
    /// "1.25", "15.0%", "−2.0 points".
    public func format(_ x: Double) -> String { format(x, places: displayPlaces) }

    /// Decimals a figure of this measure is shown with (DOMAIN.md: RL 2, percentages 1).
    public var displayPlaces: Int {
        if case .relativeLikelihood = self { return 2 }
        return 1
    }

    func format(_ x: Double, places: Int) -> String {
        let shown = DisplayFormat.decimal(x, places: places)
        switch self {
        case .relativeLikelihood: return shown
        case .bmeSeniorSharePercent, .bmeWorkforceSharePercent: return shown + "%"
        case .surveyGapPoints, .boardDifferencePoints: return shown + " points"
        }
    }

    /// Decodes the stored form; a text `init?(rawValue:)` rejects is a decoding error.
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let measure = TargetMeasure(rawValue: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown target measure \(text)"))
        }
        self = measure
    }

    /// Encodes the stored form.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
