/// WDES metric 9b: whether the organisation has taken action to help Disabled staff's voices
/// be heard, with its narrative (DOMAIN.md, WDES metric 9b).
public struct WDESVoiceAction: Sendable, Hashable, Codable {
    /// Organisations answering yes: 1 or 0 for one organisation, a count in a roll-up;
    /// `nil` when not answered.
    public let organisationsAnsweringYes: Int?
    public let narrative: String?

    public init(organisationsAnsweringYes: Int?, narrative: String?) {
        self.organisationsAnsweringYes = organisationsAnsweringYes
        self.narrative = narrative
    }

    /// The one organisation's answer: yes when it counts 1 or more; `nil` when not answered.
    public var taken: Bool? { organisationsAnsweringYes.map { $0 > 0 } }
}
