/// The staff group a contributor chose to give, if any (issue 6: optional demographics,
/// each with "prefer not to say").
public enum VoiceStaffGroup: String, CaseIterable, Sendable, Hashable, Codable {
    case clinical = "clinical"
    case nonClinical = "non-clinical"
    case medical = "medical"
    case preferNotToSay = "prefer-not-to-say"

    /// The option as the form shows it.
    public var label: String {
        switch self {
        case .clinical: "Clinical"
        case .nonClinical: "Non-clinical"
        case .medical: "Medical and dental"
        case .preferNotToSay: "Prefer not to say"
        }
    }
}

/// The pay band range a contributor chose to give: the WDES band clusters (DOMAIN.md, WDES
/// metric 1), wide enough that a band never points at a person.
public enum VoiceBandRange: String, CaseIterable, Sendable, Hashable, Codable {
    case band1to4 = "1-4"
    case band5to7 = "5-7"
    case band8aTo8b = "8a-8b"
    case band8cTo9 = "8c-9"
    case vsm = "vsm"
    case medical = "medical"
    case preferNotToSay = "prefer-not-to-say"

    /// The option as the form shows it.
    public var label: String {
        switch self {
        case .band1to4: "Bands 1 to 4"
        case .band5to7: "Bands 5 to 7"
        case .band8aTo8b: "Bands 8a to 8b"
        case .band8cTo9: "Bands 8c to 9"
        case .vsm: "Very senior manager"
        case .medical: "Medical and dental grades"
        case .preferNotToSay: "Prefer not to say"
        }
    }
}

/// The ethnic group a contributor chose to give, in the WRES's two groups (DOMAIN.md, Groups).
public enum VoiceEthnicity: String, CaseIterable, Sendable, Hashable, Codable {
    case white = "white"
    case bme = "bme"
    case preferNotToSay = "prefer-not-to-say"

    /// The option as the form shows it.
    public var label: String {
        switch self {
        case .white: "White"
        case .bme: "Black and minority ethnic (global majority)"
        case .preferNotToSay: "Prefer not to say"
        }
    }
}

/// The disability status a contributor chose to give, in the WDES's groups (DOMAIN.md, Groups).
public enum VoiceDisability: String, CaseIterable, Sendable, Hashable, Codable {
    case disabled = "disabled"
    case nonDisabled = "non-disabled"
    case preferNotToSay = "prefer-not-to-say"

    /// The option as the form shows it.
    public var label: String {
        switch self {
        case .disabled: "Disabled"
        case .nonDisabled: "Non-disabled"
        case .preferNotToSay: "Prefer not to say"
        }
    }
}

/// How the contributor allows their words to be used (issue 6).
public enum VoiceConsent: String, CaseIterable, Sendable, Hashable, Codable {
    case panelOnly = "panel-only"
    case quoteAnonymously = "quote-anonymously"

    /// The option as the form shows it.
    public var label: String {
        switch self {
        case .panelOnly: "Seen by the panel only"
        case .quoteAnonymously: "May be quoted anonymously in reports"
        }
    }
}
