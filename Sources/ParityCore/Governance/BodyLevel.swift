/// Where a governance body sits in the region's structure.
public enum BodyLevel: String, Sendable, Codable, CaseIterable {
    case region
    case system
    case organisation

    /// The name people read on a page.
    public var label: String {
        switch self {
        case .region: "Region"
        case .system: "System"
        case .organisation: "Organisation"
        }
    }
}
