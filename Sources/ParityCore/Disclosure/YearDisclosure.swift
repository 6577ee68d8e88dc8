/// Disclosure control over every public output of one year together (DOMAIN.md, disclosure
/// across outputs; issue 19): each scope's WRES and WDES counts go into one ledger with the
/// sums an outsider could use — a table's cells to its totals, an organisation's counts to its
/// system's, every organisation's to the region's — and the ledger decides what to hide, so
/// that no count from 1 to the small-count maximum can be seen or worked out by adding and
/// subtracting published counts.
public struct YearDisclosure: Sendable {
    public private(set) var ledger = DisclosureLedger<PublishedCount>()
    private var items: [FigureScope: [CountItem]] = [:]
    /// The organisations each figure of a system or the region pools in its year, by figure
    /// ("wres/2"): its coverage is published, so an outsider knows the figure is their sum.
    var pools: [FigureScope: [String: Set<String>]] = [:]

    public init() {}

    /// The year's ledger: every scope's counts, and the sums that tie them.
    /// - Parameters:
    ///   - wres: each scope's WRES report (before disclosure control); scopes without one are left out.
    ///   - wdes: each scope's WDES report.
    ///   - intersections: each scope's race × disability tables (`IntersectionEngine.tables`),
    ///     for the scopes with organisations that report them.
    ///   - structure: which organisations each system pools that year.
    ///
    /// Everything is recorded in a fixed order (scopes, indicators and groups sorted): the
    /// ledger breaks ties between equally small partners by that order, and a dictionary's
    /// order differs from one instance to the next, so the same counts would otherwise hide
    /// different cells on two computations — a stored and a computed page would differ.
    public init(wres: [FigureScope: WRESReport], wdes: [FigureScope: WDESReport],
                intersections: [FigureScope: [(name: String, counts: [IntersectionGroup: Int])]] = [:], structure: RegionStructure) {
        for scope in wres.keys.sorted() { record(wres[scope]!, scope: scope) }
        for scope in wdes.keys.sorted() { record(wdes[scope]!, scope: scope) }
        for scope in intersections.keys.sorted() { record(intersections: intersections[scope]!, scope: scope) }
        for system in structure.systems {
            relateAcross(total: .system(system.code), parts: system.organisations.map { .organisation($0.code) })
        }
        relateAcross(total: .region, parts: structure.organisations.map { .organisation($0.code) })
        relateAcross(total: .region, parts: structure.systems.map { .system($0.code) })
    }

    /// The counts each scope hides under `policy`.
    public func withheld(policy: DisclosurePolicy) -> [FigureScope: WithheldCounts] {
        var hidden: [FigureScope: Set<CountItem>] = Dictionary(uniqueKeysWithValues: items.keys.map { ($0, []) })
        for count in ledger.withheld(smallCountMaximum: policy.smallCountMaximum) { hidden[count.scope]?.insert(count.item) }
        return hidden.mapValues(WithheldCounts.init)
    }

    mutating func record(_ scope: FigureScope, _ item: CountItem, _ value: Int) {
        guard ledger.value(PublishedCount(scope, item)) == nil else { return }
        ledger.record(PublishedCount(scope, item), value)
        items[scope, default: []].append(item)
    }

    mutating func relate(_ scope: FigureScope, total: CountItem, parts: [CountItem]) {
        ledger.relate(total: PublishedCount(scope, total), parts: parts.map { PublishedCount(scope, $0) })
    }

    /// For every count the total scope has: it adds up from the same count of the parts — of
    /// the organisations its figure pools, where it leaves some out (DOMAIN.md, pooling with
    /// partial returns).
    private mutating func relateAcross(total: FigureScope, parts: [FigureScope]) {
        for item in items[total] ?? [] {
            let pooled = pools[total]?[Self.figure(of: item)]
            let chosen = pooled.map { codes in parts.filter { $0.kind != .organisation || codes.contains($0.code) } } ?? parts
            ledger.relate(total: PublishedCount(total, item), parts: chosen.map { PublishedCount($0, item) })
        }
    }
}
