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
    /// The counts the year's disclosure hides in each organisation, by code: the figures
    /// adjusted for organisation are built from the members' own counts.
    public var membersWithheld: [String: WithheldCounts]?

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
/// Each indicator pools only the organisations that provided every count it needs, so a blank
/// is never added up as a zero (DOMAIN.md, pooling with partial returns).
public enum WRESRollUp {
    /// An organisation's figures for `year`, using the previous year for indicator 3.
    public static func organisation(_ organisation: OrganisationEntry, year: Int, counts: [ReturnKey: ReturnCounts], policy: AnalysisPolicy = .standard) -> ScopeFigures {
        let current = counts[ReturnKey(organisation: organisation.code, year: year, standard: .wres)]
        let report = WRESEngine.report(
            year: year, current: current ?? ReturnCounts(),
            previous: counts[ReturnKey(organisation: organisation.code, year: year - 1, standard: .wres)], policy: policy
        )
        return ScopeFigures(scope: .organisation, code: organisation.code, name: organisation.name, year: year,
                            organisationsReporting: current == nil ? 0 : 1, report: report)
    }

    /// A system's figures: its member organisations' counts pooled.
    public static func system(_ system: SystemEntry, year: Int, counts: [ReturnKey: ReturnCounts], policy: AnalysisPolicy = .standard) -> ScopeFigures {
        pooled(.system, code: system.code, name: system.name, members: system.organisations, year: year, counts: counts, policy: policy)
    }

    /// The region's figures: every organisation's counts pooled.
    public static func region(_ structure: RegionStructure, year: Int, counts: [ReturnKey: ReturnCounts], policy: AnalysisPolicy = .standard) -> ScopeFigures {
        pooled(.region, code: "region", name: structure.regionName, members: structure.organisations, year: year, counts: counts, policy: policy)
    }

    private static func pooled(_ scope: ScopeKind, code: String, name: String, members: [OrganisationEntry], year: Int, counts: [ReturnKey: ReturnCounts], policy: AnalysisPolicy) -> ScopeFigures {
        let reporting = members.filter { counts[ReturnKey(organisation: $0.code, year: year, standard: .wres)] != nil }.count
        return ScopeFigures(scope: scope, code: code, name: name, year: year, organisationsReporting: reporting,
                            report: pooledReport(members: members, year: year, counts: counts, policy: policy))
    }

    /// The report of a pool: each indicator computed from the counts of the members that
    /// provided them, with its coverage; indicator 3's previous year chooses its own members.
    static func pooledReport(members: [OrganisationEntry], year: Int, counts: [ReturnKey: ReturnCounts], policy: AnalysisPolicy) -> WRESReport {
        func select(_ indicator: Int, year: Int) -> PoolSelection<ReturnCounts> {
            PoolSelection(members: members, year: year, returns: { counts[ReturnKey(organisation: $0, year: year, standard: .wres)] }) {
                WRESProvision.missing(indicator: indicator, in: $0)
            }
        }
        var coverage: [Int: [PoolCoverage]] = [:]
        let headcounts = select(1, year: year)
        coverage[1] = [headcounts.coverage]
        var likelihoods: [Int: LikelihoodComparison] = [:]
        var adjusted: [Int: AdjustedLikelihood] = [:]
        for indicator in 2...4 {
            let current = select(indicator, year: year)
            let previous = indicator == 3 ? select(indicator, year: year - 1) : nil
            let comparison = WRESEngine.likelihood(
                indicator: indicator, year: year,
                current: ReturnCounts.pooled(current.parts, everyPartCarrying: indicator),
                previous: previous.flatMap { $0.parts.isEmpty ? nil : ReturnCounts.pooled($0.parts, everyPartCarrying: indicator) },
                policy: policy
            )
            likelihoods[indicator] = comparison
            let years = (comparison.pooledYears.count == 2 ? [previous] : []).compactMap { $0 } + [current]
            coverage[indicator] = years.map(\.coverage)
            adjusted[indicator] = AdjustedLikelihood(members: years.flatMap { selection in
                zip(selection.coverage.pooled, selection.parts).map { member, counts in
                    (member.code, WRESEngine.likelihood(indicator: indicator, year: selection.coverage.year, current: counts, previous: nil, policy: policy))
                }
            }, z: policy.z)
        }
        var surveys: [Int: SurveyComparison] = [:]
        for indicator in 5...8 {
            let current = select(indicator, year: year)
            surveys[indicator] = WRESEngine.survey(indicator: indicator, current: ReturnCounts.pooled(current.parts, everyPartCarrying: indicator), policy: policy)
            coverage[indicator] = [current.coverage]
        }
        let boards = select(9, year: year)
        coverage[9] = [boards.coverage]
        let boardCounts = ReturnCounts.pooled(boards.parts)
        return WRESReport(
            year: year,
            representation: WRESEngine.representation(ReturnCounts.pooled(headcounts.parts)),
            likelihoods: likelihoods,
            surveys: surveys,
            board: WRESEngine.board(boardCounts, workforceBMEPercent: WRESEngine.representation(boardCounts).overallPercent(.bme)),
            coverage: coverage,
            adjusted: adjusted
        )
    }
}
