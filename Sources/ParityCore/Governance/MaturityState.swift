/// How far a system meets one criterion of the governance maturity matrix. Always derived
/// from the bodies and their members, never set by hand.
public enum MaturityState: String, Sendable, Codable, CaseIterable {
    case met
    case partial
    case notMet = "not-met"
    case noEvidence = "no-evidence"

    /// The name people read on a page.
    public var label: String {
        switch self {
        case .met: "Met"
        case .partial: "Partly met"
        case .notMet: "Not met"
        case .noEvidence: "No evidence"
        }
    }
}
