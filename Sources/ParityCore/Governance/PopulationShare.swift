/// The BME share of the population a body serves.
public struct PopulationShare: Sendable {
    /// BME ÷ (White + BME + Unknown) × 100 over the records of `areas`, counts pooled across
    /// areas before dividing (DOMAIN.md, roll-ups: pool counts, never average ratios).
    /// `percent` is `nil` when the areas have no residents on file; `sources` are the distinct
    /// sources of the records used, sorted, to cite beside the figure.
    public static func bmePercent(_ records: [PopulationRecord], areas: Set<String>) -> (percent: Double?, sources: [String]) {
        let used = records.filter { areas.contains($0.areaCode) }
        let total = used.reduce(0) { $0 + $1.count }
        let bme = used.filter { $0.group == .bme }.reduce(0) { $0 + $1.count }
        let percent = total == 0 ? nil : Double(bme) * 100 / Double(total)
        return (percent, Set(used.map(\.source)).sorted())
    }
}
