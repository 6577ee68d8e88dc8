/// Something about a return worth a second look before it is signed off. It is a warning,
/// never an error: the figures may be right, and the person signing off decides (issue 13).
public struct DataQualityWarning: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A headline figure moved more than the thresholds allow since last year.
        case largeMovement = "large-movement"
        /// Too many staff have no recorded ethnicity (WRES) or disability status (WDES).
        case unknownShare = "unknown-share"
        /// A Staff Survey group is under the reporting minimum, so its figure is not reported.
        case smallSurveyGroup = "small-survey-group"
        /// Too few staff entered the formal disciplinary (WRES 3) or capability (WDES 3)
        /// process to draw a conclusion from the relative likelihood.
        case smallCaseBase = "small-case-base"
    }

    public let kind: Kind
    /// "Indicator 2", "Metric 4a-i", or "Workforce".
    public let subject: String
    /// What was found and why it matters, in one sentence.
    public let message: String

    public init(kind: Kind, subject: String, message: String) {
        self.kind = kind
        self.subject = subject
        self.message = message
    }
}
