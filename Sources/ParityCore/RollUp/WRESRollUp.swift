/// One scope's computed report for one year, before disclosure control.
public struct ScopeFigures: Sendable {
    public let scope: ScopeKind
    public let code: String
    public let name: String
    public let year: Int
    public let organisationsReporting: Int
    public let report: WRESReport
    /// The counts that disclosure control across the year's outputs hides in this scope
    /// (`YearDisclosure`); nil where the figures were not disclosed with their year's.
    public var withheld: WithheldCounts?

    public init(scope: ScopeKind, code: String, name: String, year: Int, organisationsReporting: Int, report: WRESReport) {
        self.scope = scope
        self.code = code
        self.name = name
        self.year = year
        self.organisationsReporting = organisationsReporting
        self.report = report
    }
}

/// Organisation, system and region figures. Systems and the region pool their organisations'
/// raw counts and then compute; they never average organisations' ratios (DOMAIN.md, roll-ups).
public enum WRESRollUp {
    /// An organisation's figures for `year`, using the previous year for indicator 3.
    public static func organisation(_ organisation: OrganisationEntry, year: Int, counts: [ReturnKey: ReturnCounts], policy: AnalysisPolicy = .standard) -> ScopeFigures {
        pooled(.organisation, code: organisation.code, name: organisation.name, members: [organisation.code], year: year, counts: counts, policy: policy)
    }

    /// A system's figures: its member organisations' counts pooled.
    public static func system(_ system: SystemEntry, year: Int, counts: [ReturnKey: ReturnCounts], policy: AnalysisPolicy = .standard) -> ScopeFigures {
        pooled(.system, code: system.code, name: system.name, members: system.organisations.map(\.code), year: year, counts: counts, policy: policy)
    }

    /// The region's figures: every organisation's counts pooled.
    public static func region(_ structure: RegionStructure, year: Int, counts: [ReturnKey: ReturnCounts], policy: AnalysisPolicy = .standard) -> ScopeFigures {
        pooled(.region, code: "region", name: structure.regionName, members: structure.organisations.map(\.code), year: year, counts: counts, policy: policy)
    }

    private static func pooled(_ scope: ScopeKind, code: String, name: String, members: [String], year: Int, counts: [ReturnKey: ReturnCounts], policy: AnalysisPolicy) -> ScopeFigures {
        let current = members.compactMap { counts[ReturnKey(organisation: $0, year: year, standard: .wres)] }
        let previous = members.compactMap { counts[ReturnKey(organisation: $0, year: year - 1, standard: .wres)] }
        let report = WRESEngine.report(
            year: year,
            current: ReturnCounts.pooled(current),
            previous: previous.isEmpty ? nil : ReturnCounts.pooled(previous),
            policy: policy
        )
        return ScopeFigures(scope: scope, code: code, name: name, year: year, organisationsReporting: current.count, report: report)
    }
}
