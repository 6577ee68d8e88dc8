/// The figure a measurable target is judged on, read from the returns so that a target is
/// never ticked by hand: a WRES figure from the year's `WRESReport`, or the Model Employer
/// shortfall from the year's `ModelEmployerPlan`. The text form (`rawValue`) is the stored form.
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
    /// Model Employer: BME staff still needed, summed over bands 8a to VSM, for every band to
    /// be on its goal path in the year (`ModelEmployerPlan.shortfall`); 0 is on track at every band.
    case modelEmployerShortfall

    /// Parses the stored form: "relative-likelihood:2" (2–4), "survey-gap:5" (5–8),
    /// "bme-senior-share", "bme-workforce-share", "board-difference",
    /// "model-employer-shortfall"; `nil` otherwise.
    public init?(rawValue: String) {
        switch rawValue {
        case "bme-senior-share": self = .bmeSeniorSharePercent
        case "bme-workforce-share": self = .bmeWorkforceSharePercent
        case "board-difference": self = .boardDifferencePoints
        case "model-employer-shortfall": self = .modelEmployerShortfall
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
        case .modelEmployerShortfall: "model-employer-shortfall"
        }
    }

    /// The stored form, so that logs and interpolations show what the database holds.
    public var description: String { rawValue }

    /// Whether the measure names a figure the returns have: a relative likelihood for WRES
    /// indicators 2–4 only, a survey gap for 5–8 only.
    public var isDefined: Bool {
        switch self {
        case let .relativeLikelihood(indicator): (2...4).contains(indicator)
        case let .surveyGapPoints(indicator): (5...8).contains(indicator)
        case .bmeSeniorSharePercent, .bmeWorkforceSharePercent, .boardDifferencePoints, .modelEmployerShortfall: true
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
        case .modelEmployerShortfall: "BME staff short of the Model Employer path, bands 8a–VSM"
        }
    }

    /// The WRES indicator the figure belongs to, whose pool a system's target is judged on;
    /// nil for the Model Employer shortfall, read from a plan.
    public var indicator: Int? {
        switch self {
        case let .relativeLikelihood(indicator), let .surveyGapPoints(indicator): indicator
        case .bmeSeniorSharePercent, .bmeWorkforceSharePercent: 1
        case .boardDifferencePoints: 9
        case .modelEmployerShortfall: nil
        }
    }

    /// Whether the figure is read from the year's `ModelEmployerPlan` (which needs every
    /// year's returns from the baseline) rather than from the year's `WRESReport`.
    public var readsModelEmployerPlan: Bool { self == .modelEmployerShortfall }

    /// The unrounded figure in `report`; `nil` when the report has none, the measure is
    /// not defined or it is read from a Model Employer plan instead. Units as the case says:
    /// a ratio, percent 0–100 or percentage points.
    public func value(in report: WRESReport) -> Double? {
        guard isDefined else { return nil }
        switch self {
        case let .relativeLikelihood(indicator): return report.likelihoods[indicator]?.relativeLikelihood
        case let .surveyGapPoints(indicator): return report.surveys[indicator]?.gapPoints
        case .bmeSeniorSharePercent: return report.representation.seniorBMEPercent
        case .bmeWorkforceSharePercent: return report.representation.overallPercent(.bme)
        case .boardDifferencePoints: return report.board.boardDifferencePoints
        case .modelEmployerShortfall: return nil
        }
    }

    /// The figure in a scope's Model Employer `plan` for its year, in people
    /// (`ModelEmployerPlan.shortfall`); `nil` when the plan has none or the measure is a WRES figure.
    public func value(in plan: ModelEmployerPlan) -> Double? {
        guard self == .modelEmployerShortfall else { return nil }
        return plan.shortfall.map(Double.init)
    }

    /// A figure of this measure for people to read, rounded to `displayPlaces`:
    /// "1.25", "15.0%", "−2.0 points".
    public func format(_ x: Double) -> String { format(x, places: displayPlaces) }

    /// Decimals a figure of this measure is shown with (DOMAIN.md: RL 2, percentages 1;
    /// people are whole).
    public var displayPlaces: Int {
        switch self {
        case .relativeLikelihood: 2
        case .modelEmployerShortfall: 0
        default: 1
        }
    }

    func format(_ x: Double, places: Int) -> String {
        let shown = DisplayFormat.decimal(x, places: places)
        switch self {
        case .relativeLikelihood: return shown
        case .bmeSeniorSharePercent, .bmeWorkforceSharePercent: return shown + "%"
        case .surveyGapPoints, .boardDifferencePoints: return shown + " points"
        case .modelEmployerShortfall: return shown + (x == 1 ? " person short" : " people short")
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
