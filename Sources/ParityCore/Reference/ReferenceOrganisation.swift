/// An organisation (an NHS trust) and the system it belongs to.
public struct ReferenceOrganisation: Sendable, Hashable, Codable {
    /// The organisation's code (an ODS code for a real organisation).
    public var code: String
    public var name: String
    /// The code of the `ReferenceSystem` it belongs to.
    public var systemCode: String
    /// The kind of organisation, when known; the reference file does not carry it.
    public var kind: OrganisationKind?

    public init(code: String, name: String, systemCode: String, kind: OrganisationKind? = nil) {
        self.code = code
        self.name = name
        self.systemCode = systemCode
        self.kind = kind
    }
}
