/// A staff voice submission as the form gave it, checked but not yet redacted or stored.
public struct VoiceSubmissionDraft: Sendable, Hashable, Codable {
    /// The experience, trimmed of surrounding whitespace.
    public let text: String
    /// In form order, each theme once.
    public let themes: [VoiceTheme]
    /// `nil` when not answered; `.preferNotToSay` when the person said so.
    public let staffGroup: VoiceStaffGroup?
    public let band: VoiceBandRange?
    public let ethnicity: VoiceEthnicity?
    public let disability: VoiceDisability?
    public let consent: VoiceConsent

    public init(
        text: String, themes: [VoiceTheme], staffGroup: VoiceStaffGroup? = nil, band: VoiceBandRange? = nil,
        ethnicity: VoiceEthnicity? = nil, disability: VoiceDisability? = nil, consent: VoiceConsent
    ) {
        self.text = text
        self.themes = Array(Set(themes)).sorted()
        self.staffGroup = staffGroup
        self.band = band
        self.ethnicity = ethnicity
        self.disability = disability
        self.consent = consent
    }
}

/// A field of the staff voice form, named as the form names its inputs.
public enum VoiceFormField: String, CaseIterable, Sendable, Hashable, Codable {
    case text = "text"
    case themes = "themes"
    case staffGroup = "staff-group"
    case band = "band"
    case ethnicity = "ethnicity"
    case disability = "disability"
    case consent = "consent"
}

/// A message to show beside one field of the form, in GOV.UK error-message style.
public struct VoiceFieldError: Sendable, Hashable, Codable {
    public let field: VoiceFormField
    public let message: String

    public init(field: VoiceFormField, message: String) {
        self.field = field
        self.message = message
    }
}

// `validate` reports every field's error at once as `Result`'s failure, so the list itself
// must be an `Error`; nothing else throws it.
extension Array: @retroactive Error where Element == VoiceFieldError {}
