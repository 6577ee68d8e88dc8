/// A whole fictional region: its systems, organisations and their WRES returns.
public struct DemoRegionData: Sendable, Hashable, Codable {
    public var regionName: String
    public var systems: [ReferenceSystem]
    public var organisations: [ReferenceOrganisation]
    public var rows: [ReturnRow]

    public init(regionName: String, systems: [ReferenceSystem], organisations: [ReferenceOrganisation], rows: [ReturnRow]) {
        self.regionName = regionName
        self.systems = systems
        self.organisations = organisations
        self.rows = rows
    }
}
