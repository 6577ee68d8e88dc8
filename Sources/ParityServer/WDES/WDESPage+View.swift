import ParityCore

/// `/wdes`, `/systems/{code}/wdes` and `/organisations/{code}/wdes`: the WDES tab of a
/// scope's page — every metric's headline and reading, the tables they come from, each
/// member's headlines for a roll-up, and race × disability where the returns carry it.
struct WDESPageView: Encodable {
    struct Metric: Encodable {
        var id: String
        var title: String
        var headline: String
        var flag: FlagView?
        var sentence: String
        /// Which organisations a pooled figure pools and leaves out; nil for an organisation.
        var coverage: String?
        /// For a pool's metrics 2 and 3, the figure adjusted for organisation and its reading.
        var adjusted: String?
    }

    struct Row: Encodable {
        var label: String
        var cells: [String]
    }

    struct Table: Encodable {
        var id: String
        var caption: String
        var columns: [String]
        var rows: [Row]
    }

    struct Member: Encodable {
        var name: String
        var href: String
        var cells: [ScorecardCell]
    }

    struct ScorecardCell: Encodable {
        var text: String
        var flag: FlagView?
    }

    var chrome: PageChrome
    var caption: String
    var name: String
    var year: Int?
    var years: [YearOptionView]
    var hasData: Bool
    var wresHref: String
    var apiHref: String?
    var metrics: [Metric]
    var tables: [Table]
    var scorecardColumns: [String]
    var members: [Member]
    var narrative: String?
    var intersection: [Table]
    var intersectionNote: String?
    /// Metrics 2 and 3 over the years, as charts.
    var trends: [ChartView]
    /// The accepted revisions of an organisation's return and whether another is under review (issue 20).
    var revisions: [RevisionNoteView] = []
    var revisionUnderReview = false
    var flagRule = AnalysisPolicy.standard.ruleDescription
}

extension WDESPageView {
    /// The metrics a roll-up's scorecard shows for each member.
    static let scorecardMetrics: [WDESMetric] = [.representation, .appointment, .capability, .harassmentFromManagers, .equalOpportunities, .engagement, .board]

    static func metrics(_ figures: PublishedWDES) -> [Metric] {
        WDESMetric.allCases.map { metric in
            Metric(id: metric.rawValue, title: WDESReading.title(metric: metric), headline: figures.hasData ? figures.headlineText(metric: metric) : "no data",
                   flag: figures.flag(metric: metric).map(FlagView.init), sentence: figures.sentence(metric: metric),
                   coverage: PoolCoverage.sentence(figures.coverage(metric)),
                   adjusted: figures.likelihood(metric)?.adjusted.map { "Adjusted for organisation (Mantel–Haenszel): \(LikelihoodView.adjusted($0)). \($0.sentence)" })
        }
    }

    static func cells(_ figures: PublishedWDES) -> [ScorecardCell] {
        scorecardMetrics.map { metric in
            ScorecardCell(text: figures.hasData ? figures.headlineText(metric: metric) : "no data", flag: figures.flag(metric: metric).map(FlagView.init))
        }
    }

    /// The counts behind the figures: metric 1 by cluster, 2 and 3's likelihoods, the survey
    /// metrics and 9a's engagement scores.
    static func tables(_ figures: PublishedWDES) -> [Table] {
        func percent(_ value: Double?) -> String { value.map(DisplayFormat.percent) ?? "–" }
        let groups = PublishedWDESRepresentation.groups
        var tables = [Table(
            id: "metric-1", caption: "Metric 1: headcount by workforce and pay cluster, with the Disabled share of each",
            columns: ["Cluster"] + groups.map(\.label) + ["Total", "Disabled %"],
            rows: figures.representation.rows.map { row in
                Row(label: "\(row.workforce.label): \(row.cluster.label)",
                    cells: groups.map { row.counts[$0]?.display ?? "–" } + [row.total.display, percent(row.percents[.disabled])])
            } + [Row(label: "Whole workforce", cells: groups.map { figures.representation.overall[$0]?.display ?? "–" }
                     + [figures.representation.overallTotal.display, percent(figures.representation.overallPercents[.disabled])])]
        )]
        for likelihood in figures.likelihoods {
            let metric: WDESMetric = likelihood.indicator == 2 ? .appointment : .capability
            tables.append(Table(
                id: "metric-\(metric.rawValue)", caption: "Metric \(metric.rawValue): \(WDESReading.title(metric: metric)), the counts",
                columns: ["Group", metric == .appointment ? "Appointed" : "Entered capability", metric == .appointment ? "Shortlisted" : "Headcount", "Likelihood"],
                rows: [likelihood.focus, likelihood.reference].compactMap { $0 }.map { proportion in
                    Row(label: proportion.group.label, cells: [proportion.events.display, proportion.base.display, percent(proportion.percent)])
                }
            ))
        }
        tables.append(Table(
            id: "surveys", caption: "Metrics 4a to 8: NHS Staff Survey, the percentage answering yes (or agreeing), and the relative likelihood that is flagged, above 1 adverse to Disabled staff",
            columns: ["Metric", "Disabled", "Non-disabled", "Gap, points", "Relative likelihood", "Statistically significant"],
            rows: figures.surveys.map { survey in
                Row(label: "\(survey.metric.rawValue) \(WDESReading.title(metric: survey.metric))",
                    cells: [percent(survey.disabled?.percent), percent(survey.nonDisabled?.percent),
                            survey.gapPoints.map(DisplayFormat.signedPoints) ?? "–",
                            survey.relativeLikelihood.map(DisplayFormat.ratio) ?? "–",
                            survey.isSignificant.map { $0 ? "yes" : "no" } ?? "–"])
            } + [Row(label: "8 \(WDESReading.title(metric: .reasonableAdjustments))", cells: [percent(figures.adjustments.percent), "–", "–", "–", "–"])]
        ))
        let board = figures.board
        tables.append(Table(
            id: "metric-10", caption: "Metric 10: the Disabled share of the board against the workforce (\(percent(board.workforceDisabledPercent)))",
            columns: ["Members", "Disabled share", "Minus workforce, points"],
            rows: [("Whole board", board.boardDisabledPercent, board.boardDifferencePoints),
                   ("Voting members", board.votingDisabledPercent, board.votingDifferencePoints),
                   ("Executive members", board.executiveDisabledPercent, board.executiveDifferencePoints)].map { label, share, difference in
                Row(label: label, cells: [percent(share), difference.map(DisplayFormat.signedPoints) ?? "–"])
            }
        ))
        let engagement = figures.engagement
        tables.append(Table(
            id: "metric-9a", caption: "Metric 9a: staff engagement score, 0 to 10",
            columns: ["Group", "Mean score", "Respondents"],
            rows: [("Disabled", engagement.disabled), ("Non-disabled", engagement.nonDisabled), ("Whole organisation", engagement.organisation)].map { label, score in
                Row(label: label, cells: [score?.mean.map { DisplayFormat.decimal($0, places: 1) } ?? "–", score?.respondents.display ?? "–"])
            }
        ))
        return tables
    }

    /// Race × disability: each compared group's share of the workforce, then indicators 2–4
    /// against White non-disabled staff.
    static func intersection(_ figures: IntersectionScopeFigures) -> [Table] {
        func shown(_ value: DisclosedFigure, _ format: (Double) -> String) -> String { value.display(format) }
        var tables = [Table(
            id: "intersection-1", caption: "Indicator 1 by race and disability: each group's share of the whole workforce",
            columns: ["Group", "Share of workforce"],
            rows: IntersectionGroup.compared.map { group in
                Row(label: group.label, cells: [figures.representation.shares[group].map { shown($0, DisplayFormat.percent) } ?? "–"])
            }
        )]
        for analysis in figures.analyses {
            tables.append(Table(
                id: "intersection-\(analysis.indicator)",
                caption: "Indicator \(analysis.indicator) by race and disability: \(WRESReading.title(indicator: analysis.indicator)), each group against White non-disabled staff",
                columns: ["Group", "Events", "Base", "Likelihood", "Relative likelihood", "95% CI", "Flag"],
                rows: analysis.groups.map { group in
                    Row(label: group.group.label, cells: [
                        group.events?.display ?? "–", group.base?.display ?? "–", shown(group.likelihoodPercent, DisplayFormat.percent),
                        group.group == analysis.reference ? "reference" : shown(group.relativeLikelihood, DisplayFormat.ratio),
                        group.confidenceInterval.map(DisplayFormat.ratioRange) ?? "–", group.flag?.label ?? "–",
                    ])
                }
            ))
        }
        return tables
    }
}
