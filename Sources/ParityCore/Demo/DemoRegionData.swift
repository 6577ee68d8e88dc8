/// A whole fictional region: its systems, organisations and their WRES and WDES returns.
public struct DemoRegionData: Sendable, Hashable, Codable {
    public var regionName: String
    public var systems: [ReferenceSystem]
    public var organisations: [ReferenceOrganisation]
    public var rows: [ReturnRow]
    /// WDES returns, keyed with standard `.wdes`.
    public var wdes: [ReturnKey: WDESCounts]
    /// Race × disability counts for the organisations that return them, keyed with standard `.wres`.
    public var intersections: [ReturnKey: IntersectionCounts]

    public init(
        regionName: String, systems: [ReferenceSystem], organisations: [ReferenceOrganisation], rows: [ReturnRow],
        wdes: [ReturnKey: WDESCounts] = [:], intersections: [ReturnKey: IntersectionCounts] = [:]
    ) {
        self.regionName = regionName
        self.systems = systems
        self.organisations = organisations
        self.rows = rows
        self.wdes = wdes
        self.intersections = intersections
    }
}
