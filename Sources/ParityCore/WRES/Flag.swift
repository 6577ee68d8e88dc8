/// The reading of one indicator for BME staff, as the policy's rules decide it
/// (see `AnalysisPolicy`). The raw value is the stable text form for storage and the API.
public enum Flag: String, Sendable, Codable, CaseIterable {
    case adverse
    case nonAdverse = "non-adverse"
    case favourable
    /// The figure exists but an interval cannot be computed (no events) or a survey group
    /// has too few respondents.
    case tooFewToConclude = "too-few-to-conclude"
    /// No figure: data missing, a base of 0, or a reference likelihood of 0.
    case notApplicable = "n/a"

    /// The name people read on a page.
    public var label: String {
        switch self {
        case .adverse: "Adverse"
        case .nonAdverse: "Non-adverse"
        case .favourable: "Favourable"
        case .tooFewToConclude: "Too few to conclude"
        case .notApplicable: "n/a"
        }
    }
}
