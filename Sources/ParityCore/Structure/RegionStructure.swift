/// The region as it stood on one date: its systems and the organisations in each.
/// Roll-ups for a reporting year use the structure in force on that year's snapshot date.
public struct RegionStructure: Sendable, Hashable {
    public var regionName: String
    public var systems: [SystemEntry]

    public init(regionName: String, systems: [SystemEntry]) {
        self.regionName = regionName
        self.systems = systems
    }

    public var organisations: [OrganisationEntry] { systems.flatMap(\.organisations) }

    public func system(code: String) -> SystemEntry? { systems.first { $0.code == code } }

    public func organisation(code: String) -> OrganisationEntry? { organisations.first { $0.code == code } }
}

public struct SystemEntry: Sendable, Hashable {
    public var code: String
    public var name: String
    public var organisations: [OrganisationEntry]

    public init(code: String, name: String, organisations: [OrganisationEntry]) {
        self.code = code
        self.name = name
        self.organisations = organisations
    }
}

public struct OrganisationEntry: Sendable, Hashable {
    public var code: String
    public var name: String
    public var systemCode: String

    public init(code: String, name: String, systemCode: String) {
        self.code = code
        self.name = name
        self.systemCode = systemCode
    }
}
