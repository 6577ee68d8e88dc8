/// An integrated care system of the region's reference structure (no figures).
public struct ReferenceSystem: Sendable, Hashable, Codable {
    /// The system's code (an ODS code for a real system).
    public var code: String
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}
