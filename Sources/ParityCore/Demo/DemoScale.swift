/// How large a fictional world the demo generator builds.
public enum DemoScale: String, Sendable, Hashable, CaseIterable {
    /// One region: 11 systems and 43 organisations (the default, and what the tests pin).
    case region
    /// A whole country: the region's 11 systems and 31 more, 42 systems and 221 organisations,
    /// about the size of the NHS in England, for measuring Parity at national scale.
    case national

    /// The name the fictional region or country goes by.
    public var regionName: String {
        switch self {
        case .region: "Northmere"
        case .national: "Eldermark"
        }
    }
}
