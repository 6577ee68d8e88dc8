/// A headcount table by group, WRES indicator 1 or WDES metric 1, as `DisclosedHeadcounts`
/// reads it: its rows, and the whole workforce summed from them.
protocol HeadcountTable {
    associatedtype Cell: HeadcountCell
    var cells: [Cell] { get }
    var overall: [PopulationGroup: Int] { get }
    var overallTotal: Int { get }
}

/// One row of a headcount table: headcount per group, and everyone, Unknown included.
protocol HeadcountCell {
    var counts: [PopulationGroup: Int] { get }
    var total: Int { get }
}

extension Representation: HeadcountTable {}
extension RepresentationCell: HeadcountCell {}
extension WDESRepresentation: HeadcountTable {}
extension WDESRepresentationCell: HeadcountCell {}
