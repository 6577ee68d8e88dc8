/// Race × disability: WRES indicators 1–4 for each intersection group against White
/// non-disabled staff, with the statistics of WRES and the withholding rules of
/// `DisclosurePolicy` (DOMAIN.md, shared arithmetic and disclosure control).
public enum IntersectionEngine {
    /// WRES indicator 2, 3 or 4 by intersection group. Events and base are as WRES:
    /// 2 appointed of shortlisted; 3 entering the formal disciplinary process and 4 accessing
    /// non-mandatory training, each of indicator-1 headcount. Indicator 3 pools `year − 1`
    /// and `year` when both returns carry every compared group's counts (two-year rolling).
    /// The RL is the group's likelihood ÷ White non-disabled staff's; its flag applies WRES's
    /// four-fifths rule oriented against the group, so for 2 and 4, where being appointed or
    /// trained is good, a low RL is adverse. A likelihood or RL is withheld unless every
    /// count behind it may be published (`mayPublishFigure`) and none is hidden in the
    /// suppressed tables; the interval and flag go with the RL.
    ///
    /// `withheld` is what the year's disclosure across outputs hides in the scope
    /// (`YearDisclosure`); without it each table is suppressed on its own.
    public static func analysis(indicator: Int, year: Int, current: IntersectionCounts, previous: IntersectionCounts?, disclosure: DisclosurePolicy,
                                withheld: WithheldCounts? = nil, policy: AnalysisPolicy = .standard) -> IntersectionAnalysis {
        let (events, bases, years) = pooled(indicator: indicator, current: current, previous: previous)
        let shown = CountDisclosure(policy: disclosure, standard: .wres, withheld: withheld)
        let tables = Tables(events: events, bases: bases, eventTable: disclose(events, table: "\(indicator)-events", shown),
                            baseTable: disclose(bases, table: "\(indicator)-bases", shown))
        return IntersectionAnalysis(
            indicator: indicator, reference: .whiteNonDisabled, events: tables.eventTable, bases: tables.baseTable,
            groups: IntersectionGroup.compared.map { row($0, indicator: indicator, tables, disclosure, policy) },
            pooledYears: years == 2 ? [year - 1, year] : [year],
            usedSingleYear: indicator == 3 && years == 1 && carriesComparedCounts(indicator, current)
        )
    }

    /// Indicator 2, 3 or 4's events and bases by group, and how many years they pool.
    private static func pooled(indicator: Int, current: IntersectionCounts, previous: IntersectionCounts?) -> (events: [IntersectionGroup: Int], bases: [IntersectionGroup: Int], years: Int) {
        var years = [current]
        if indicator == 3, let previous, carriesComparedCounts(indicator, previous), carriesComparedCounts(indicator, current) {
            years.insert(previous, at: 0)
        }
        var events: [IntersectionGroup: Int] = [:]
        var bases: [IntersectionGroup: Int] = [:]
        for group in IntersectionGroup.all {
            let counts = years.map { eventsAndBase(indicator, group, $0) }
            let yearEvents = counts.compactMap(\.events)
            let yearBases = counts.compactMap(\.base)
            if yearEvents.count == years.count { events[group] = yearEvents.reduce(0, +) }
            if yearBases.count == years.count { bases[group] = yearBases.reduce(0, +) }
        }
        return (events, bases, years.count)
    }

    /// Every table a scope's race × disability figures publish, by the name
    /// `CountItem.intersection` gives it: headcount ("1"), and the events and bases of
    /// indicators 2–4 ("2-events", "2-bases", …); a missing count is 0, as the tables show it.
    public static func tables(current: IntersectionCounts, previous: IntersectionCounts?) -> [(name: String, counts: [IntersectionGroup: Int])] {
        var tables = [("1", headcounts(current))]
        for indicator in IntersectionRollUp.indicators {
            let (events, bases, _) = pooled(indicator: indicator, current: current, previous: previous)
            tables += [("\(indicator)-events", events), ("\(indicator)-bases", bases)]
        }
        return tables
    }

    private static func headcounts(_ counts: IntersectionCounts) -> [IntersectionGroup: Int] {
        var headcounts: [IntersectionGroup: Int] = [:]
        for group in IntersectionGroup.all { headcounts[group] = counts.headcount(of: group) }
        return headcounts
    }

    /// WRES indicator 1 by intersection group: the headcount table after suppression and
    /// each group's share of the whole workforce (percent 0–100, every group including
    /// Unknowns in the denominator), withheld as `analysis` withholds a likelihood.
    public static func representation(_ counts: IntersectionCounts, disclosure: DisclosurePolicy, withheld: WithheldCounts? = nil) -> IntersectionRepresentation {
        let headcounts = headcounts(counts)
        let disclosed = disclose(headcounts, table: "1", CountDisclosure(policy: disclosure, standard: .wres, withheld: withheld))
        let total = headcounts.values.reduce(0, +)
        var shares: [IntersectionGroup: DisclosedFigure] = [:]
        for (group, count) in headcounts {
            shares[group] = figure(Proportion(events: count, base: total).percent, counts: [count, total],
                                   hidden: cell(disclosed, group).isSuppressed || disclosed.grandTotal?.isSuppressed == true, disclosure)
        }
        return IntersectionRepresentation(headcount: disclosed, shares: shares)
    }

    /// The raw counts of an analysis beside their suppressed tables.
    private struct Tables {
        let events: [IntersectionGroup: Int]
        let bases: [IntersectionGroup: Int]
        let eventTable: DisclosedTable
        let baseTable: DisclosedTable

        func proportion(_ group: IntersectionGroup) -> Proportion? {
            guard let e = events[group], let b = bases[group] else { return nil }
            return Proportion(events: e, base: b)
        }

        func isHidden(_ group: IntersectionGroup) -> Bool {
            cell(eventTable, group).isSuppressed || cell(baseTable, group).isSuppressed
        }
    }

    private static func row(_ group: IntersectionGroup, indicator: Int, _ tables: Tables, _ disclosure: DisclosurePolicy, _ policy: AnalysisPolicy) -> IntersectionLikelihood {
        let reference = IntersectionGroup.whiteNonDisabled
        let shownEvents = tables.events[group].map { _ in cell(tables.eventTable, group) }
        let shownBase = tables.bases[group].map { _ in cell(tables.baseTable, group) }
        let own = tables.proportion(group)
        let ownCounts = own.map { [$0.events, $0.base] } ?? []
        let likelihood = figure(own?.percent, counts: ownCounts, hidden: tables.isHidden(group), disclosure)
        let unflagged = { (ratio: DisclosedFigure) in
            IntersectionLikelihood(group: group, events: shownEvents, base: shownBase, likelihoodPercent: likelihood,
                                   relativeLikelihood: ratio, confidenceInterval: nil, flag: nil)
        }
        guard group != reference, let own, let referenceProportion = tables.proportion(reference) else { return unflagged(.notApplicable) }
        let ratio = figure(
            RelativeLikelihood.ratio(focus: own, reference: referenceProportion),
            counts: ownCounts + [referenceProportion.events, referenceProportion.base],
            hidden: tables.isHidden(group) || tables.isHidden(reference), disclosure
        )
        guard case .value = ratio else { return unflagged(ratio) }
        // The flag reads an RL oriented so that above 1 is worse for the group.
        let (adverseFocus, adverseReference) = indicator == 3 ? (own, referenceProportion) : (referenceProportion, own)
        let flag = policy.likelihoodFlag(
            relativeLikelihood: RelativeLikelihood.ratio(focus: adverseFocus, reference: adverseReference),
            interval: RelativeLikelihood.interval(focus: adverseFocus, reference: adverseReference, z: policy.z)
        )
        return IntersectionLikelihood(
            group: group, events: shownEvents, base: shownBase, likelihoodPercent: likelihood, relativeLikelihood: ratio,
            confidenceInterval: RelativeLikelihood.interval(focus: own, reference: referenceProportion, z: policy.z), flag: flag
        )
    }

    private static func eventsAndBase(_ indicator: Int, _ group: IntersectionGroup, _ counts: IntersectionCounts) -> (events: Int?, base: Int?) {
        switch indicator {
        case 2: (counts[2, .appointed, group], counts[2, .shortlisted, group])
        case 3: (counts[3, .enteredDisciplinary, group], counts.headcount(of: group))
        case 4: (counts[4, .accessedTraining, group], counts.headcount(of: group))
        default: (nil, nil)
        }
    }

    private static func carriesComparedCounts(_ indicator: Int, _ counts: IntersectionCounts) -> Bool {
        IntersectionGroup.compared.allSatisfy {
            let pair = eventsAndBase(indicator, $0, counts)
            return pair.events != nil && pair.base != nil
        }
    }

    /// A 3×3 table, rows by ethnicity and columns by disability; a missing count is 0.
    private static func table(_ counts: [IntersectionGroup: Int]) -> [[Int]] {
        IntersectionGroup.ethnicities.map { e in
            IntersectionGroup.disabilities.map { d in IntersectionGroup(ethnicity: e, disability: d).flatMap { counts[$0] } ?? 0 }
        }
    }

    /// The table as shown: hidden where the year's disclosure hides it, else suppressed on its own.
    private static func disclose(_ counts: [IntersectionGroup: Int], table name: String, _ disclosure: CountDisclosure) -> DisclosedTable {
        let grid = table(counts)
        guard disclosure.decidesTables else { return disclosure.policy.discloseTable(grid) }
        let ethnicities = IntersectionGroup.ethnicities, disabilities = IntersectionGroup.disabilities
        func shown(_ count: Int, _ ethnicity: PopulationGroup?, _ disability: PopulationGroup?) -> DisclosedCount {
            disclosure.disclose(count, .intersection(name, ethnicity: ethnicity, disability: disability))
        }
        return DisclosedTable(
            cells: ethnicities.indices.map { row in disabilities.indices.map { shown(grid[row][$0], ethnicities[row], disabilities[$0]) } },
            rowTotals: ethnicities.indices.map { shown(grid[$0].reduce(0, +), ethnicities[$0], nil) },
            columnTotals: disabilities.indices.map { column in shown(grid.reduce(0) { $0 + $1[column] }, nil, disabilities[column]) },
            grandTotal: shown(grid.joined().reduce(0, +), nil, nil)
        )
    }

    private static func cell(_ table: DisclosedTable, _ group: IntersectionGroup) -> DisclosedCount {
        table.cells[IntersectionGroup.ethnicities.firstIndex(of: group.ethnicity)!][IntersectionGroup.disabilities.firstIndex(of: group.disability)!]
    }

    private static func figure(_ value: Double?, counts: [Int], hidden: Bool, _ disclosure: DisclosurePolicy) -> DisclosedFigure {
        guard let value else { return .notApplicable }
        return !hidden && disclosure.mayPublishFigure(builtFrom: counts) ? .value(value) : .withheld
    }
}
