/// The national equality standard a return is made under.
public enum Standard: String, Sendable, Hashable, Codable, CaseIterable {
    /// Workforce Race Equality Standard: nine indicators comparing White and BME staff.
    case wres = "WRES"
    /// Workforce Disability Equality Standard: ten metrics comparing Disabled and non-disabled staff.
    case wdes = "WDES"

    /// The groups a return row of this standard may name.
    public var groups: [PopulationGroup] {
        switch self {
        case .wres: [.white, .bme, .unknown]
        case .wdes: [.disabled, .nonDisabled, .unknown]
        }
    }
}
