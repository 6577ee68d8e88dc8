/// The panel's judgement of a body's response to a challenge (issue 7). Rating a response
/// closes the challenge.
public enum ChallengeRating: String, Sendable, Hashable, Codable, CaseIterable {
    case satisfied
    case partlySatisfied = "partly-satisfied"
    case notSatisfied = "not-satisfied"

    /// The name people read on a page.
    public var label: String {
        switch self {
        case .satisfied: "Satisfied"
        case .partlySatisfied: "Partly satisfied"
        case .notSatisfied: "Not satisfied"
        }
    }
}
