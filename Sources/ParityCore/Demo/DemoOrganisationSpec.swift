/// How one fictional organisation is drawn: its fixed facts, and the outcome its returns show.
struct DemoOrganisationSpec: Sendable {
    var code: String
    var name: String
    var kind: OrganisationKind
    var systemCode: String
    /// Staff in post in the latest year.
    var staff: Int
    /// The BME share the organisation's workforce is drawn around.
    var bmeShare: Double
    var outcome: DemoOutcome
    var gap: DemoGap?
}

/// The pattern an organisation's relative likelihoods and survey gaps follow.
enum DemoOutcome: Sendable {
    /// Near parity: relative likelihoods inside 0.80–1.25.
    case fair
    /// Some indicators adverse, others not.
    case mixed
    /// Clearly adverse to BME staff throughout.
    case adverse
    /// Adverse five years ago, close to parity now.
    case improving

    /// How adverse the year is: 0 is parity, 1 strongly adverse.
    func bias(yearsBeforeLatest: Int) -> Double {
        switch self {
        case .fair: 0.08
        case .mixed: 0.45
        case .adverse: 0.9
        case .improving: 0.12 + 0.19 * Double(min(max(yearsBeforeLatest, 0), 4))
        }
    }

    /// How far each indicator strays from the organisation's bias.
    var spread: ClosedRange<Double> {
        self == .mixed ? 0.1...1.9 : 0.75...1.25
    }
}

/// A hole in a return, as real submissions have.
enum DemoGap: Sendable {
    /// No indicator 3 figures in the year before the latest, so the latest two-year rolling
    /// figure rests on one year.
    case disciplinaryYearBeforeLatest
    /// No Staff Survey figures (indicators 5–8) two years before the latest.
    case surveyTwoYearsBeforeLatest
}
