import Testing
@testable import ParityCore

/// Issue 19: over every year of the whole demo, region and national, no count from 1 to 4 is
/// shown or can be worked out by adding and subtracting the published counts of every scope
/// (organisations, systems, region; cells and totals; WRES and WDES) together, and no figure
/// stands beside a hidden count it is built from.
@Suite("Disclosure across a year's outputs, over the whole demo")
struct YearDisclosureDemoTests {
    struct Audit {
        var smallCounts = 0
        var smallShown = 0
        var recoverable = 0
        var figuresBesideHidden = 0
    }

    @Test(arguments: DemoScale.allCases)
    func noWithheldCountCanBeWorkedOut(scale: DemoScale) {
        // given
        let data = DemoRegion.generate(latestYear: 2024, scale: scale)

        // when
        let before = Self.audit(data, acrossOutputs: false)
        let after = Self.audit(data, acrossOutputs: true)

        // then
        print("Disclosure audit of the \(scale.rawValue) demo: \(before.recoverable) of \(before.smallCounts) counts of 1–4 recoverable before, \(after.recoverable) after")
        #expect(before.recoverable > 0)
        #expect(after.smallShown == 0)
        #expect(after.recoverable == 0)
        #expect(after.figuresBesideHidden == 0)
    }

    @Test func theSameCountsAlwaysHideTheSameCells() {
        // given one demo year's reports, computed twice, the second time recorded scope by scope in reverse
        let data = DemoRegion.generate(latestYear: 2024, scale: .region)
        let structure = Self.structure(data)
        let first = Self.figures(data, structure: structure, year: 2024)
        let second = Self.figures(data, structure: structure, year: 2024)
        let reversedWRES = Dictionary(uniqueKeysWithValues: second.wres.sorted { $0.key > $1.key }.map { ($0.key, $0.value.report) })
        let reversedWDES = Dictionary(uniqueKeysWithValues: second.wdes.sorted { $0.key > $1.key }.map { ($0.key, $0.value.report) })

        // when
        let once = YearDisclosure(wres: first.wres.mapValues(\.report), wdes: first.wdes.mapValues(\.report), structure: structure).withheld(policy: .publicRelease)
        let again = YearDisclosure(wres: reversedWRES, wdes: reversedWDES, structure: structure).withheld(policy: .publicRelease)

        // then a stored page and a computed one can never differ in what they hide
        #expect(once.values.contains { !$0.items.isEmpty })
        let differing = Set(once.keys).union(again.keys).filter { once[$0] != again[$0] }
        #expect(differing.isEmpty, "scopes hiding different counts: \(differing.sorted().map(\.code))")
    }

    static func structure(_ data: DemoRegionData) -> RegionStructure {
        RegionStructure(regionName: data.regionName, systems: data.systems.map { system in
            SystemEntry(code: system.code, name: system.name, organisations: data.organisations.filter { $0.systemCode == system.code }.map {
                OrganisationEntry(code: $0.code, name: $0.name, systemCode: $0.systemCode)
            })
        })
    }

    /// Every scope's WRES and WDES figures of `year`, before disclosure control.
    static func figures(_ data: DemoRegionData, structure: RegionStructure, year: Int) -> (wres: [FigureScope: ScopeFigures], wdes: [FigureScope: WDESScopeFigures]) {
        let wresCounts = Dictionary(grouping: data.rows, by: \.returnKey).mapValues { ReturnCounts(rows: $0) }
        var wres: [FigureScope: ScopeFigures] = [.region: WRESRollUp.region(structure, year: year, counts: wresCounts)]
        var wdes: [FigureScope: WDESScopeFigures] = [.region: WDESRollUp.region(structure, year: year, counts: data.wdes)]
        for system in structure.systems {
            wres[.system(system.code)] = WRESRollUp.system(system, year: year, counts: wresCounts)
            wdes[.system(system.code)] = WDESRollUp.system(system, year: year, counts: data.wdes)
        }
        for organisation in structure.organisations {
            wres[.organisation(organisation.code)] = WRESRollUp.organisation(organisation, year: year, counts: wresCounts)
            wdes[.organisation(organisation.code)] = WDESRollUp.organisation(organisation, year: year, counts: data.wdes)
        }
        return (wres, wdes)
    }

    /// Publishes every scope of every year as the public sees it and tries every differencing.
    static func audit(_ data: DemoRegionData, acrossOutputs: Bool) -> Audit {
        let structure = Self.structure(data)
        var audit = Audit()
        for year in Set(data.rows.map(\.returnKey.year)).sorted().dropFirst() {
            let (wres, wdes) = Self.figures(data, structure: structure, year: year)
            let scopes = [(FigureScope.region, structure.organisations)] + structure.systems.map { (.system($0.code), $0.organisations) }
                + structure.organisations.map { (.organisation($0.code), [$0]) }
            var tables: [FigureScope: [(name: String, counts: [IntersectionGroup: Int])]] = [:]
            for (scope, members) in scopes {
                let pooled = IntersectionRollUp.pooledCounts(members: members.map(\.code), year: year, counts: data.intersections)
                if pooled.reporting > 0 { tables[scope] = IntersectionEngine.tables(current: pooled.current, previous: pooled.previous) }
            }
            let disclosure = YearDisclosure(wres: wres.mapValues(\.report), wdes: wdes.mapValues(\.report), intersections: tables, structure: structure)
            let withheld = acrossOutputs ? disclosure.withheld(policy: .publicRelease) : [:]
            let ledger = disclosure.ledger

            var hidden: Set<PublishedCount> = []
            var published: Set<PublishedCount> = []
            for (scope, figures) in wres {
                var figures = figures
                figures.withheld = withheld[scope]
                let shown = PublishedWRES(figures, policy: .publicRelease)
                read(shown.disclosedCounts, scope: scope, into: &hidden, published: &published)
                audit.figuresBesideHidden += figuresBesideHidden(shown)
            }
            for (scope, figures) in wdes {
                var figures = figures
                figures.withheld = withheld[scope]
                read(PublishedWDES(figures, policy: .publicRelease).disclosedCounts, scope: scope, into: &hidden, published: &published)
            }
            for (scope, _) in scopes where tables[scope] != nil {
                let shown = Self.intersection(scope, structure: structure, year: year, counts: data.intersections, withheld: withheld[scope])
                read(Self.disclosedCounts(shown), scope: scope, into: &hidden, published: &published)
                audit.figuresBesideHidden += figuresBesideHidden(shown)
            }
            // A count the ledger keeps but no output shows (a board's size) is taken as known,
            // unless the ledger hid it: the outsider is credited with more than they have.
            for (scope, items) in withheld {
                for item in items.items where !published.contains(PublishedCount(scope, item)) { hidden.insert(PublishedCount(scope, item)) }
            }
            for (index, key) in ledger.keys.enumerated() where (1...4).contains(ledger.values[index]) && published.contains(key) {
                audit.smallCounts += 1
                if !hidden.contains(key) { audit.smallShown += 1 }
            }
            audit.recoverable += ledger.recoverable(hidden: hidden).filter { (1...4).contains(ledger.value($0)!) }.count
        }
        return audit
    }

    /// A scope's race × disability figures as the public sees them.
    private static func intersection(_ scope: FigureScope, structure: RegionStructure, year: Int, counts: [ReturnKey: IntersectionCounts], withheld: WithheldCounts?) -> IntersectionScopeFigures {
        switch scope.kind {
        case .region: IntersectionRollUp.region(structure, year: year, counts: counts, disclosure: .publicRelease, withheld: withheld)
        case .system: IntersectionRollUp.system(structure.system(code: scope.code)!, year: year, counts: counts, disclosure: .publicRelease, withheld: withheld)
        case .organisation: IntersectionRollUp.organisation(structure.organisation(code: scope.code)!, year: year, counts: counts, disclosure: .publicRelease, withheld: withheld)
        }
    }

    /// Every count the race × disability tables show, named as the ledger names them.
    private static func disclosedCounts(_ figures: IntersectionScopeFigures) -> [CountItem: DisclosedCount] {
        var counts: [CountItem: DisclosedCount] = [:]
        let ethnicities = IntersectionGroup.ethnicities, disabilities = IntersectionGroup.disabilities
        let tables = [("1", figures.representation.headcount)] + figures.analyses.flatMap { [("\($0.indicator)-events", $0.events), ("\($0.indicator)-bases", $0.bases)] }
        for (name, table) in tables {
            for (row, ethnicity) in ethnicities.enumerated() {
                for (column, disability) in disabilities.enumerated() {
                    counts[.intersection(name, ethnicity: ethnicity, disability: disability)] = table.cells[row][column]
                }
                if let total = table.rowTotals?[row] { counts[.intersection(name, ethnicity: ethnicity, disability: nil)] = total }
            }
            for (column, disability) in disabilities.enumerated() {
                if let total = table.columnTotals?[column] { counts[.intersection(name, ethnicity: nil, disability: disability)] = total }
            }
            if let total = table.grandTotal { counts[.intersection(name, ethnicity: nil, disability: nil)] = total }
        }
        return counts
    }

    /// Shares and likelihoods beside a hidden count they are built from.
    private static func figuresBesideHidden(_ figures: IntersectionScopeFigures) -> Int {
        var found = 0
        let headcount = figures.representation.headcount
        for (group, share) in figures.representation.shares where share.value != nil {
            let row = IntersectionGroup.ethnicities.firstIndex(of: group.ethnicity)!, column = IntersectionGroup.disabilities.firstIndex(of: group.disability)!
            if headcount.cells[row][column].isSuppressed || headcount.grandTotal?.isSuppressed == true { found += 1 }
        }
        for analysis in figures.analyses {
            for group in analysis.groups where group.likelihoodPercent.value != nil {
                if group.events?.isSuppressed == true || group.base?.isSuppressed == true { found += 1 }
            }
        }
        return found
    }

    private static func read(_ counts: [CountItem: DisclosedCount], scope: FigureScope, into hidden: inout Set<PublishedCount>, published: inout Set<PublishedCount>) {
        for (item, count) in counts {
            published.insert(PublishedCount(scope, item))
            if count.isSuppressed { hidden.insert(PublishedCount(scope, item)) }
        }
    }

    /// Figures published beside a hidden count they are built from: a share beside a hidden
    /// count or total, a percentage or ratio beside hidden events or base.
    private static func figuresBesideHidden(_ figures: PublishedWRES) -> Int {
        var found = 0
        for row in figures.representation.rows {
            for (group, _) in row.percents where row.counts[group]?.isSuppressed != false || row.total.isSuppressed { found += 1 }
        }
        for likelihood in figures.likelihoods {
            let proportions = [likelihood.focus, likelihood.reference].compactMap { $0 }
            if likelihood.relativeLikelihood != nil, proportions.contains(where: { $0.events.isSuppressed || $0.base.isSuppressed }) { found += 1 }
            for proportion in proportions + [likelihood.unknown].compactMap({ $0 }) where proportion.percent != nil {
                if proportion.events.isSuppressed || proportion.base.isSuppressed { found += 1 }
            }
        }
        for survey in figures.surveys {
            for group in [survey.white, survey.bme].compactMap({ $0 }) where group.percent != nil {
                if group.yes.isSuppressed || group.respondents.isSuppressed { found += 1 }
            }
        }
        return found
    }
}
