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
    /// The counts the year's disclosure hides in each organisation, by code: the figures
    /// adjusted for organisation are built from the members' own counts.
    public var membersWithheld: [String: WithheldCounts]?

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
/// ratios or scores (DOMAIN.md, roll-ups). Each metric pools only the organisations that
/// provided every count it needs (DOMAIN.md, pooling with partial returns).
public enum WDESRollUp {
    /// An organisation's WDES figures for `year`, using its `year − 1` return for metric 3's
    /// two-year rolling figure; metric 9b keeps the organisation's narrative.
    public static func organisation(_ organisation: OrganisationEntry, year: Int, counts: [ReturnKey: WDESCounts], policy: AnalysisPolicy = .standard) -> WDESScopeFigures {
        let current = counts[ReturnKey(organisation: organisation.code, year: year, standard: .wdes)]
        let report = WDESEngine.report(
            year: year, current: current ?? WDESCounts(),
            previous: counts[ReturnKey(organisation: organisation.code, year: year - 1, standard: .wdes)], policy: policy
        )
        return WDESScopeFigures(
            scope: .organisation, code: organisation.code, name: organisation.name, year: year,
            organisationsReporting: current == nil ? 0 : 1,
            organisationsAnsweringVoiceAction: current?[.voiceAction, .actionTaken, .disabled] == nil ? 0 : 1,
            report: report
        )
    }

    /// A system's WDES figures: its member organisations' counts pooled (no narratives).
    public static func system(_ system: SystemEntry, year: Int, counts: [ReturnKey: WDESCounts], policy: AnalysisPolicy = .standard) -> WDESScopeFigures {
        pooled(.system, code: system.code, name: system.name, members: system.organisations, year: year, counts: counts, policy: policy)
    }

    /// The region's WDES figures: every organisation's counts pooled (no narratives).
    public static func region(_ structure: RegionStructure, year: Int, counts: [ReturnKey: WDESCounts], policy: AnalysisPolicy = .standard) -> WDESScopeFigures {
        pooled(.region, code: "region", name: structure.regionName, members: structure.organisations, year: year, counts: counts, policy: policy)
    }

    private static func pooled(_ scope: ScopeKind, code: String, name: String, members: [OrganisationEntry], year: Int, counts: [ReturnKey: WDESCounts], policy: AnalysisPolicy) -> WDESScopeFigures {
        func select(_ metric: WDESMetric, year: Int) -> PoolSelection<WDESCounts> {
            PoolSelection(members: members, year: year, returns: { counts[ReturnKey(organisation: $0, year: year, standard: .wdes)] }) {
                WDESProvision.missing(metric, in: $0)
            }
        }
        func pool(_ metric: WDESMetric, _ selection: PoolSelection<WDESCounts>) -> WDESCounts {
            WDESCounts.pooled(selection.parts, everyPartCarrying: metric)
        }
        var coverage: [WDESMetric: [PoolCoverage]] = [:]
        var selections: [WDESMetric: PoolSelection<WDESCounts>] = [:]
        for metric in WDESMetric.allCases {
            selections[metric] = select(metric, year: year)
            coverage[metric] = [selections[metric]!.coverage]
        }
        var likelihoods: [WDESMetric: WDESLikelihoodComparison] = [:]
        var adjusted: [WDESMetric: AdjustedLikelihood] = [:]
        for metric in WDESMetric.likelihoods {
            let previous = metric == .capability ? select(metric, year: year - 1) : nil
            let comparison = WDESEngine.likelihood(
                metric, year: year, current: pool(metric, selections[metric]!),
                previous: previous.flatMap { $0.parts.isEmpty ? nil : pool(metric, $0) }, policy: policy
            )
            likelihoods[metric] = comparison
            let years = (comparison.pooledYears.count == 2 ? [previous] : []).compactMap { $0 } + [selections[metric]!]
            coverage[metric] = years.map(\.coverage)
            adjusted[metric] = AdjustedLikelihood(members: years.flatMap { selection in
                zip(selection.coverage.pooled, selection.parts).map { member, counts in
                    (member.code, WDESEngine.likelihood(metric, year: selection.coverage.year, current: counts, previous: nil, policy: policy))
                }
            }, z: policy.z)
        }
        var surveys: [WDESMetric: WDESSurveyComparison] = [:]
        for metric in WDESMetric.surveyGaps {
            surveys[metric] = WDESEngine.survey(metric, current: pool(metric, selections[metric]!), policy: policy)
        }
        let representation = WDESEngine.representation(WDESCounts.pooled(selections[.representation]!.parts))
        let boardCounts = WDESCounts.pooled(selections[.board]!.parts)
        let voice = selections[.voiceAction]!
        let report = WDESReport(
            year: year,
            representation: representation,
            likelihoods: likelihoods,
            surveys: surveys,
            adjustments: WDESEngine.adjustments(pool(.reasonableAdjustments, selections[.reasonableAdjustments]!), policy: policy),
            engagement: WDESEngine.engagement(pool(.engagement, selections[.engagement]!)),
            // Pooling drops narratives, which belong to one organisation only.
            voiceAction: WDESVoiceAction(organisationsAnsweringYes: pool(.voiceAction, voice)[.voiceAction, .actionTaken, .disabled], narrative: nil),
            board: WDESEngine.board(boardCounts, workforceDisabledPercent: WDESEngine.representation(boardCounts).overallPercent(.disabled)),
            coverage: coverage,
            adjusted: adjusted
        )
        return WDESScopeFigures(
            scope: scope, code: code, name: name, year: year,
            organisationsReporting: members.filter { counts[ReturnKey(organisation: $0.code, year: year, standard: .wdes)] != nil }.count,
            organisationsAnsweringVoiceAction: voice.parts.count,
            report: report
        )
    }
}
