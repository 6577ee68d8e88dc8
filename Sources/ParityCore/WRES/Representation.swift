/// WRES indicator 1: headcount by workforce, grade and group, with the overall workforce
/// to compare against (DOMAIN.md, WRES indicator 1).
public struct Representation: Sendable, Hashable, Codable {
    /// The cells the return carries, in `Workforce` then `Grade` order.
    public let cells: [RepresentationCell]
    /// Headcount per group over every cell.
    public let overall: [PopulationGroup: Int]
    /// The whole workforce: the sum of all indicator-1 headcount cells, Unknown included.
    public let overallTotal: Int
    /// Headcount of each workforce the return carries.
    public let workforceTotals: [Workforce: Int]
    /// Headcount per group in Agenda for Change bands 8a to VSM, non-clinical and clinical
    /// together (the senior grades of "A Model Employer").
    public let senior: [PopulationGroup: Int]

    /// Indicator 1 from its cells (give them in `Workforce`, `Grade` order); the overall,
    /// per-workforce and senior totals are summed from them.
    public init(cells: [RepresentationCell]) {
        self.cells = cells
        var overall: [PopulationGroup: Int] = [:]
        var workforceTotals: [Workforce: Int] = [:]
        var senior: [PopulationGroup: Int] = [:]
        for cell in cells {
            workforceTotals[cell.workforce, default: 0] += cell.total
            for (group, count) in cell.counts {
                overall[group, default: 0] += count
                if cell.workforce != .medical, cell.grade.isSenior { senior[group, default: 0] += count }
            }
        }
        self.overall = overall
        self.overallTotal = overall.values.reduce(0, +)
        self.workforceTotals = workforceTotals
        self.senior = senior
    }

    /// The group's share of the whole workforce in percent 0–100, Unknown included in the
    /// denominator; `nil` when there is no headcount or no count for the group.
    public func overallPercent(_ group: PopulationGroup) -> Double? {
        RepresentationCell.percent(overall[group], of: overallTotal)
    }

    /// The BME share of non-clinical and clinical staff in bands 8a to VSM, percent 0–100,
    /// Unknown included in the denominator; `nil` when the return has no such staff.
    public var seniorBMEPercent: Double? {
        RepresentationCell.percent(senior[.bme], of: senior.values.reduce(0, +))
    }

    /// The cells of one workforce, in grade order.
    public func cells(in workforce: Workforce) -> [RepresentationCell] {
        cells.filter { $0.workforce == workforce }
    }
}
