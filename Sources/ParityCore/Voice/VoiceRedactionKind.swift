/// A kind of identifier that is removed from a submission's text before it is stored
/// (issue 6: anonymous by construction).
public enum VoiceRedactionKind: String, CaseIterable, Sendable, Hashable, Codable {
    case email = "email"
    case phone = "phone"
    case nhsNumber = "nhs-number"
    case staffNumber = "staff-number"

    /// The kind in a sentence: "We removed 1 email address".
    public var label: String {
        switch self {
        case .email: "email address"
        case .phone: "phone number"
        case .nhsNumber: "NHS number"
        case .staffNumber: "staff number"
        }
    }

    /// The text left in place of what was removed, so that a reader sees a removal rather
    /// than a silent edit. It holds no digit and no "@", so redacting it again finds nothing.
    public var marker: String { "[\(label) removed]" }
}

/// How many identifiers of one kind were removed from a text.
public struct VoiceRedaction: Sendable, Hashable, Codable {
    public let kind: VoiceRedactionKind
    public let count: Int

    public init(kind: VoiceRedactionKind, count: Int) {
        self.kind = kind
        self.count = count
    }
}

/// A text after redaction, with what was removed.
public struct RedactedText: Sendable, Hashable, Codable {
    /// The text with each identifier replaced by its kind's marker.
    public let text: String
    /// One entry per kind found, in `VoiceRedactionKind.allCases` order; empty when nothing was.
    public let redactions: [VoiceRedaction]

    public init(text: String, redactions: [VoiceRedaction]) {
        self.text = text
        self.redactions = redactions
    }

    /// True when anything was removed.
    public var isChanged: Bool { !redactions.isEmpty }
}
