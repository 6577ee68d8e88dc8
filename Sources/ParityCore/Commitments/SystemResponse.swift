/// A system's formal response to a recommendation made to it.
public enum SystemResponse: String, Sendable, Codable, CaseIterable {
    case accept
    case partlyAccept = "partly-accept"
    case decline

    /// The response as people read it on a page: "Accepted".
    public var label: String {
        switch self {
        case .accept: "Accepted"
        case .partlyAccept: "Partly accepted"
        case .decline: "Declined"
        }
    }
}
