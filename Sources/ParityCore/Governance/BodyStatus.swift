/// How far a governance body has got, from being proposed to being stood down.
public enum BodyStatus: String, Sendable, Codable, CaseIterable {
    case proposed
    case beingEstablished = "being-established"
    case established
    case stoodDown = "stood-down"

    /// The name people read on a page.
    public var label: String {
        switch self {
        case .proposed: "Proposed"
        case .beingEstablished: "Being established"
        case .established: "Established"
        case .stoodDown: "Stood down"
        }
    }
}
