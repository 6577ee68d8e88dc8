extension YearDisclosure {
    mutating func record(_ report: WRESReport, scope: FigureScope) {
        guard !report.isEmpty else { return }
        recordPools(report.coverage.map { ("\(Standard.wres.rawValue)/\($0.key)", $0.value) }, scope: scope)
        recordHeadcounts(.wres, rows: report.representation.cells.map { (CountItem.rowName($0), $0.counts) },
                         groups: PublishedRepresentation.groups, scope: scope)
        for comparison in report.likelihoods.sortedValues { recordLikelihood(.wres, indicator: comparison.indicator, comparison, scope: scope) }
        for survey in report.surveys.sortedValues {
            recordSurvey(.wres, measure: String(survey.indicator), [(.white, survey.white), (.bme, survey.bme)], scope: scope)
        }
        recordBoard(.wres, seats: report.board.seats, groups: PublishedBoard.groups, scope: scope)
    }

    mutating func record(_ report: WDESReport, scope: FigureScope) {
        guard !report.isEmpty else { return }
        recordPools(report.coverage.map { ("\(Standard.wdes.rawValue)/\($0.key.rawValue)", $0.value) }, scope: scope)
        recordHeadcounts(.wdes, rows: report.representation.cells.map { (CountItem.rowName($0), $0.counts) },
                         groups: PublishedWDESRepresentation.groups, scope: scope)
        for comparison in report.likelihoods.sortedValues {
            recordLikelihood(.wdes, indicator: Int(comparison.metric.rawValue) ?? 0, comparison, scope: scope)
        }
        for survey in report.surveys.sortedValues {
            recordSurvey(.wdes, measure: survey.metric.rawValue, [(.disabled, survey.disabled), (.nonDisabled, survey.nonDisabled)], scope: scope)
        }
        recordSurvey(.wdes, measure: WDESMetric.reasonableAdjustments.rawValue, [(.disabled, report.adjustments.disabled)], scope: scope)
        recordEngagement(report.engagement, scope: scope)
        recordBoard(.wdes, seats: report.board.seats, groups: PublishedWDESBoard.groups, scope: scope)
    }

    /// Which organisations each figure pools in its year (the last of its coverage's years).
    private mutating func recordPools(_ coverage: [(String, [PoolCoverage])], scope: FigureScope) {
        for (figure, years) in coverage {
            if let year = years.last { pools[scope, default: [:]][figure] = Set(year.pooled.map(\.code)) }
        }
    }

    /// The figure a count belongs to, as `pools` names it ("wres/2", "wdes/4a-i"); a board
    /// count belongs to WRES indicator 9 or WDES metric 10.
    static func figure(of item: CountItem) -> String {
        let parts = item.path.split(separator: "/")
        guard parts.count >= 2 else { return item.path }
        let figure = parts[1] != "board" ? String(parts[1]) : parts[0] == Substring(Standard.wres.rawValue) ? "9" : WDESMetric.board.rawValue
        return "\(parts[0])/\(figure)"
    }

    /// Metric 9a's respondents by group and in all.
    private mutating func recordEngagement(_ engagement: WDESEngagement, scope: FigureScope) {
        let measure = WDESMetric.engagement.rawValue
        for group in engagement.scores.keys.sorted() {
            record(scope, .survey(.wdes, measure: measure, group: group, respondents: true), engagement.scores[group]!.respondents)
        }
        guard let all = engagement.organisation else { return }
        record(scope, .survey(.wdes, measure: measure, group: nil, respondents: true), all.respondents)
        relate(scope, total: .survey(.wdes, measure: measure, group: nil, respondents: true),
               parts: engagement.scores.keys.sorted().map { .survey(.wdes, measure: measure, group: $0, respondents: true) })
    }

    /// A headcount table's cells, row totals, the whole workforce by group and in all, with
    /// the sums along its rows and columns.
    private mutating func recordHeadcounts(_ standard: Standard, rows: [(String, [PopulationGroup: Int])], groups: [PopulationGroup], scope: FigureScope) {
        guard !rows.isEmpty else { return }
        var overall: [PopulationGroup: Int] = [:]
        for (row, counts) in rows {
            for group in groups {
                record(scope, .headcount(standard, row: row, group: group), counts[group] ?? 0)
                overall[group, default: 0] += counts[group] ?? 0
            }
            record(scope, .headcount(standard, row: row, group: nil), groups.reduce(0) { $0 + (counts[$1] ?? 0) })
            relate(scope, total: .headcount(standard, row: row, group: nil), parts: groups.map { .headcount(standard, row: row, group: $0) })
        }
        for group in groups {
            record(scope, .headcount(standard, row: nil, group: group), overall[group] ?? 0)
            relate(scope, total: .headcount(standard, row: nil, group: group), parts: rows.map { .headcount(standard, row: $0.0, group: group) })
        }
        record(scope, .headcount(standard, row: nil, group: nil), overall.values.reduce(0, +))
        relate(scope, total: .headcount(standard, row: nil, group: nil), parts: groups.map { .headcount(standard, row: nil, group: $0) })
        relate(scope, total: .headcount(standard, row: nil, group: nil), parts: rows.map { .headcount(standard, row: $0.0, group: nil) })
    }

    private mutating func recordLikelihood<Subject>(_ standard: Standard, indicator: Int, _ comparison: RelativeLikelihoodComparison<Subject>, scope: FigureScope) {
        for (group, proportion) in [(comparison.focusGroup, comparison.focus), (comparison.referenceGroup, comparison.reference), (.unknown, comparison.unknown)] {
            guard let proportion else { continue }
            record(scope, .likelihood(standard, indicator: indicator, group: group, base: false), proportion.events)
            record(scope, .likelihood(standard, indicator: indicator, group: group, base: true), proportion.base)
        }
    }

    private mutating func recordSurvey(_ standard: Standard, measure: String, _ groups: [(PopulationGroup, Proportion?)], scope: FigureScope) {
        for (group, proportion) in groups {
            guard let proportion else { continue }
            record(scope, .survey(standard, measure: measure, group: group, respondents: false), proportion.events)
            record(scope, .survey(standard, measure: measure, group: group, respondents: true), proportion.base)
        }
    }

    /// Board members by seat and group, with the totals an outsider can count from a board's
    /// published membership: per seat, per group, and the whole board.
    private mutating func recordBoard(_ standard: Standard, seats: [BoardSeat: [PopulationGroup: Int]], groups: [PopulationGroup], scope: FigureScope) {
        let order = BoardSeat.allCases.filter { seats[$0] != nil }
        guard !order.isEmpty else { return }
        for seat in order {
            for group in groups { record(scope, .board(standard, seat: seat, group: group), seats[seat]?[group] ?? 0) }
            record(scope, .board(standard, seat: seat, group: nil), groups.reduce(0) { $0 + (seats[seat]?[$1] ?? 0) })
            relate(scope, total: .board(standard, seat: seat, group: nil), parts: groups.map { .board(standard, seat: seat, group: $0) })
        }
        // Each part's members by group and in all: a published share reveals them.
        for part in BoardPart.allCases {
            let chosen = order.filter(part.includes)
            guard !chosen.isEmpty else { continue }
            for group in groups {
                record(scope, .board(standard, part: part, group: group), chosen.reduce(0) { $0 + (seats[$1]?[group] ?? 0) })
                relate(scope, total: .board(standard, part: part, group: group), parts: chosen.map { .board(standard, seat: $0, group: group) })
            }
            let all = chosen.reduce(0) { total, seat in total + groups.reduce(0) { $0 + (seats[seat]?[$1] ?? 0) } }
            record(scope, .board(standard, part: part, group: nil), all)
            relate(scope, total: .board(standard, part: part, group: nil), parts: groups.map { .board(standard, part: part, group: $0) })
            relate(scope, total: .board(standard, part: part, group: nil), parts: chosen.map { .board(standard, seat: $0, group: nil) })
        }
    }
}

private extension Dictionary where Key: Comparable {
    /// The values in the order of their keys: the ledger's order must not depend on hashing.
    var sortedValues: [Value] { keys.sorted().map { self[$0]! } }
}
