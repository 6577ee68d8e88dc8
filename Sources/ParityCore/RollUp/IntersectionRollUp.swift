/// One scope's race × disability figures for one year: WRES indicator 1 and indicators 2–4
/// by intersection group, after the disclosure control they were computed under.
public struct IntersectionScopeFigures: Sendable, Hashable {
    public let scope: ScopeKind
    public let code: String
    public let name: String
    public let year: Int
    /// How many organisations' intersection counts the figures pool (1 for an organisation).
    public let organisationsReporting: Int
    public let representation: IntersectionRepresentation
    /// Indicators 2, 3 and 4, in that order.
    public let analyses: [IntersectionAnalysis]
    /// The rules the tables and figures were suppressed by.
    public let disclosure: DisclosurePolicy

    public init(scope: ScopeKind, code: String, name: String, year: Int, organisationsReporting: Int, representation: IntersectionRepresentation, analyses: [IntersectionAnalysis], disclosure: DisclosurePolicy) {
        self.scope = scope
        self.code = code
        self.name = name
        self.year = year
        self.organisationsReporting = organisationsReporting
        self.representation = representation
        self.analyses = analyses
        self.disclosure = disclosure
    }

    /// False when no organisation in scope carried intersection counts for the year.
    public var hasData: Bool { organisationsReporting > 0 }

    /// The analysis of WRES indicator 2, 3 or 4; `nil` for any other number.
    public func analysis(_ indicator: Int) -> IntersectionAnalysis? { analyses.first { $0.indicator == indicator } }
}

/// Race × disability figures for an organisation, a system and the region, from the
/// intersection counts (key standard `.wres`) pooled by adding raw counts (DOMAIN.md,
/// roll-ups). The engine applies `disclosure` itself, so the figures are ready to show.
public enum IntersectionRollUp {
    /// WRES indicators 2, 3 and 4 whose intersection figures the roll-up computes.
    public static let indicators = [2, 3, 4]

    /// An organisation's intersection figures for `year`; indicator 3 pools `year − 1` too.
    public static func organisation(_ organisation: OrganisationEntry, year: Int, counts: [ReturnKey: IntersectionCounts], disclosure: DisclosurePolicy, withheld: WithheldCounts? = nil, policy: AnalysisPolicy = .standard) -> IntersectionScopeFigures {
        pooled(.organisation, code: organisation.code, name: organisation.name, members: [organisation.code], year: year, counts: counts, disclosure: disclosure, withheld: withheld, policy: policy)
    }

    /// A system's intersection figures: the counts of its organisations that carry them, pooled.
    public static func system(_ system: SystemEntry, year: Int, counts: [ReturnKey: IntersectionCounts], disclosure: DisclosurePolicy, withheld: WithheldCounts? = nil, policy: AnalysisPolicy = .standard) -> IntersectionScopeFigures {
        pooled(.system, code: system.code, name: system.name, members: system.organisations.map(\.code), year: year, counts: counts, disclosure: disclosure, withheld: withheld, policy: policy)
    }

    /// The region's intersection figures: every organisation that carries them, pooled.
    public static func region(_ structure: RegionStructure, year: Int, counts: [ReturnKey: IntersectionCounts], disclosure: DisclosurePolicy, withheld: WithheldCounts? = nil, policy: AnalysisPolicy = .standard) -> IntersectionScopeFigures {
        pooled(.region, code: "region", name: structure.regionName, members: structure.organisations.map(\.code), year: year, counts: counts, disclosure: disclosure, withheld: withheld, policy: policy)
    }

    /// The counts of `members` that carry intersection counts, pooled for `year` and the year before.
    public static func pooledCounts(members: [String], year: Int, counts: [ReturnKey: IntersectionCounts]) -> (current: IntersectionCounts, previous: IntersectionCounts?, reporting: Int) {
        let current = members.compactMap { counts[ReturnKey(organisation: $0, year: year, standard: .wres)] }
        let previous = members.compactMap { counts[ReturnKey(organisation: $0, year: year - 1, standard: .wres)] }
        return (IntersectionCounts.pooled(current), previous.isEmpty ? nil : IntersectionCounts.pooled(previous), current.count)
    }

    private static func pooled(_ scope: ScopeKind, code: String, name: String, members: [String], year: Int, counts: [ReturnKey: IntersectionCounts], disclosure: DisclosurePolicy, withheld: WithheldCounts?, policy: AnalysisPolicy) -> IntersectionScopeFigures {
        let (pooledCurrent, pooledPrevious, reporting) = pooledCounts(members: members, year: year, counts: counts)
        return IntersectionScopeFigures(
            scope: scope, code: code, name: name, year: year,
            organisationsReporting: reporting,
            representation: IntersectionEngine.representation(pooledCurrent, disclosure: disclosure, withheld: withheld),
            analyses: indicators.map {
                IntersectionEngine.analysis(indicator: $0, year: year, current: pooledCurrent, previous: pooledPrevious, disclosure: disclosure, withheld: withheld, policy: policy)
            },
            disclosure: disclosure
        )
    }
}
