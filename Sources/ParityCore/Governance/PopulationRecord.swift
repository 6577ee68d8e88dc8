/// The ethnic groups a population file may name, exactly as written in its `group` column.
public enum PopulationGroupCode: String, Sendable, Codable, CaseIterable {
    case white
    case bme
    case unknown
}

/// One row of a population reference file: how many residents of one area are in one group,
/// and where the figure comes from (e.g. "Census 2021, ONS TS021").
public struct PopulationRecord: Sendable, Hashable {
    public var areaCode: String
    public var areaName: String
    public var group: PopulationGroupCode
    public var count: Int
    public var source: String

    public init(areaCode: String, areaName: String, group: PopulationGroupCode, count: Int, source: String) {
        self.areaCode = areaCode
        self.areaName = areaName
        self.group = group
        self.count = count
        self.source = source
    }
}
