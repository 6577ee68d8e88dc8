/// One scope's computed WDES report for one year, before disclosure control.
public struct WDESScopeFigures: Sendable, Hashable {
    public let scope: ScopeKind
    public let code: String
    public let name: String
    public let year: Int
    /// How many organisations' WDES returns the figures pool (1 for an organisation).
    public let organisationsReporting: Int
    /// How many of them answered metric 9b, yes or no.
    public let organisationsAnsweringVoiceAction: Int
    public let report: WDESReport
    /// The counts that disclosure control across the year's outputs hides in this scope
    /// (`YearDisclosure`); nil where the figures were not disclosed with their year's.
    public var withheld: WithheldCounts?

    public init(scope: ScopeKind, code: String, name: String, year: Int, organisationsReporting: Int, organisationsAnsweringVoiceAction: Int, report: WDESReport) {
        self.scope = scope
        self.code = code
        self.name = name
        self.year = year
        self.organisationsReporting = organisationsReporting
        self.organisationsAnsweringVoiceAction = organisationsAnsweringVoiceAction
        self.report = report
    }
}

/// WDES figures for an organisation, a system and the region. Systems and the region pool
/// their organisations' raw counts and then compute; they never average organisations'
/// ratios or scores (DOMAIN.md, roll-ups).
public enum WDESRollUp {
    /// An organisation's WDES figures for `year`, using its `year − 1` return for metric 3's
    /// two-year rolling figure; metric 9b keeps the organisation's narrative.
    public static func organisation(_ organisation: OrganisationEntry, year: Int, counts: [ReturnKey: WDESCounts], policy: AnalysisPolicy = .standard) -> WDESScopeFigures {
        pooled(.organisation, code: organisation.code, name: organisation.name, members: [organisation.code], year: year, counts: counts, policy: policy)
    }

    /// A system's WDES figures: its member organisations' counts pooled (no narratives).
    public static func system(_ system: SystemEntry, year: Int, counts: [ReturnKey: WDESCounts], policy: AnalysisPolicy = .standard) -> WDESScopeFigures {
        pooled(.system, code: system.code, name: system.name, members: system.organisations.map(\.code), year: year, counts: counts, policy: policy)
    }

    /// The region's WDES figures: every organisation's counts pooled (no narratives).
    public static func region(_ structure: RegionStructure, year: Int, counts: [ReturnKey: WDESCounts], policy: AnalysisPolicy = .standard) -> WDESScopeFigures {
        pooled(.region, code: "region", name: structure.regionName, members: structure.organisations.map(\.code), year: year, counts: counts, policy: policy)
    }

    private static func pooled(_ scope: ScopeKind, code: String, name: String, members: [String], year: Int, counts: [ReturnKey: WDESCounts], policy: AnalysisPolicy) -> WDESScopeFigures {
        let current = members.compactMap { counts[ReturnKey(organisation: $0, year: year, standard: .wdes)] }
        let previous = members.compactMap { counts[ReturnKey(organisation: $0, year: year - 1, standard: .wdes)] }
        // Pooling drops narratives, which belong to one organisation only.
        let currentCounts = scope == .organisation && current.count == 1 ? current[0] : WDESCounts.pooled(current)
        let report = WDESEngine.report(
            year: year,
            current: currentCounts,
            previous: previous.isEmpty ? nil : WDESCounts.pooled(previous),
            policy: policy
        )
        return WDESScopeFigures(
            scope: scope, code: code, name: name, year: year,
            organisationsReporting: current.count,
            organisationsAnsweringVoiceAction: current.filter { $0[.voiceAction, .actionTaken, .disabled] != nil }.count,
            report: report
        )
    }
}
