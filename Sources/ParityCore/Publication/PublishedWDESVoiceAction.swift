/// WDES metric 9b as it may be shown: for an organisation its yes or no and its narrative;
/// for a system or the region how many of its organisations said yes, without narratives
/// (DOMAIN.md, WDES metric 9b). An organisation's answer is not a count of staff, so
/// disclosure control does not apply.
public struct PublishedWDESVoiceAction: Sendable, Hashable {
    /// Organisations answering yes; `nil` when none answered.
    public let organisationsAnsweringYes: Int?
    /// Organisations answering yes or no.
    public let organisationsAnswering: Int
    /// The organisation's own answer; `nil` in a roll-up or when not answered.
    public let taken: Bool?
    /// The organisation's own description; `nil` in a roll-up or when none was given.
    public let narrative: String?
    public let sentence: String

    /// Metric 9b at `scope`, from the engine's answer and the number of organisations answering.
    public init(_ voiceAction: WDESVoiceAction, scope: ScopeKind, organisationsAnswering: Int) {
        let yes = organisationsAnswering > 0 ? voiceAction.organisationsAnsweringYes : nil
        organisationsAnsweringYes = yes
        self.organisationsAnswering = organisationsAnswering
        let isOrganisation = scope == .organisation
        taken = isOrganisation ? voiceAction.taken : nil
        narrative = isOrganisation ? voiceAction.narrative : nil
        if isOrganisation {
            sentence = WDESReading.sentence(voiceAction)
        } else if let yes {
            let noun = organisationsAnswering == 1 ? "organisation has" : "organisations have"
            sentence = "\(DisplayFormat.count(yes)) of \(DisplayFormat.count(organisationsAnswering)) \(noun) taken action to help the voices of Disabled staff be heard."
        } else {
            sentence = "n/a: no organisation has said whether action was taken."
        }
    }

    /// "Yes" or "No" for an organisation, "3 of 5" in a roll-up, "n/a" when not answered.
    public var headline: String {
        if let taken { return taken ? "Yes" : "No" }
        guard let yes = organisationsAnsweringYes, organisationsAnswering > 0 else { return "n/a" }
        return "\(DisplayFormat.count(yes)) of \(DisplayFormat.count(organisationsAnswering))"
    }
}
