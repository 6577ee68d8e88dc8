/// The role a person holds on a governance body.
public enum MemberRole: String, Sendable, Codable, CaseIterable {
    case chair
    case independentChair = "independent-chair"
    case member
    case representative
    case directorOfEDI = "director-of-edi"

    /// The name people read on a page.
    public var label: String {
        switch self {
        case .chair: "Chair"
        case .independentChair: "Independent chair"
        case .member: "Member"
        case .representative: "Representative"
        case .directorOfEDI: "Director of ED&I"
        }
    }
}
