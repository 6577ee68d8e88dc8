import Testing
@testable import ParityCore

/// Issue 19, item 10: "What staff say" counts under 10 cannot be worked out across scopes —
/// a system's as the region's minus the other systems', nor anything else the region's,
/// the systems' and the organisations' tables show together.
struct VoicePublicationTests {
    /// Region R of systems S1, S2, S3 (one organisation each); 24 experiences of recruitment:
    /// S1 3, S2 10, S3 11. Each scope's own table, made alone, shows the region's row as
    /// "fewer than 10 | withheld | 11 — 24", hiding S2's 10 beside S1's 3 — but S2's own page
    /// shows its total of 10, so 24 − 10 − 11 = 3 gives S1 away.
    @Test func aSystemCannotBeWorkedOutAsTheRegionMinusTheOthers() {
        // given
        let structure = Self.structure(systems: ["S1": ["O1"], "S2": ["O2"], "S3": ["O3"]])
        let contributions = Self.experiences(["S1": 3, "S2": 10, "S3": 11], theme: .recruitment)
        let alone = VoiceBreakdown.make(rows: ["Recruitment"], columns: ["S1", "S2", "S3"], counts: [[3, 10, 11]])
        #expect(alone.cells[0] == [.fewerThanMinimum, .withheld, .shown(11)] && alone.rowTotals[0] == .shown(24))

        // when
        let publication = VoicePublication(contributions: contributions, structure: structure, periods: [])

        // then S1 is hidden, and what is shown of the region and S2 together cannot give it
        let all = { (scope: FigureScope) in publication.count(VoiceCountKey(scope, .recruitment, .all)) }
        #expect(all(.system("S1")) == .fewerThanMinimum)
        let region = all(.region).value, s2 = all(.system("S2")).value, s3 = all(.system("S3")).value
        #expect(region == nil || s2 == nil || s3 == nil)
        #expect(Self.recoverable(publication, contributions, structure: structure, periods: []).isEmpty)
    }

    /// An organisation's count is its system's minus its neighbours': O1 2, O2 14, O3 20 in
    /// S1, whose total of 36 the region's page shows as S1's cell.
    @Test func anOrganisationCannotBeWorkedOutAsItsSystemMinusTheOthers() {
        let structure = Self.structure(systems: ["S1": ["O1", "O2", "O3"], "S2": ["O4"]])
        let contributions = Self.experiences(["S1/O1": 2, "S1/O2": 14, "S1/O3": 20, "S2/O4": 30], theme: .progression)
        let publication = VoicePublication(contributions: contributions, structure: structure, periods: [])
        #expect(publication.count(VoiceCountKey(.organisation("O1"), .progression, .all)) == .fewerThanMinimum)
        #expect(Self.recoverable(publication, contributions, structure: structure, periods: []).isEmpty)
    }

    /// Two "fewer than 10" cells that must both be 0 are pinned by their bounds, not by
    /// adding and subtracting: 20 of 20 experiences gave "White", so "BME" and "Prefer not
    /// to say" are 0. Shown as they are, a reader knows both; one more count is withheld.
    @Test func countsPinnedByTheirBoundsAreProtectedToo() {
        let structure = Self.structure(systems: ["S1": ["O1"]])
        let contributions = (0..<20).map { _ in
            VoiceContribution(systemCode: "S1", organisationCode: "O1", period: nil, themes: [.training], ethnicity: .white, disability: nil)
        }
        let publication = VoicePublication(contributions: contributions, structure: structure, periods: [])
        let key = { (slice: VoiceCountKey.Slice) in publication.count(VoiceCountKey(.system("S1"), .training, slice)) }
        #expect(key(.ethnicity(.bme)) == .fewerThanMinimum)
        #expect(key(.ethnicity(.white)) == .withheld || key(.ethnicityGiven) == .withheld)
        #expect(Self.recoverable(publication, contributions, structure: structure, periods: []).isEmpty)
    }

    /// The demo's staff voice (every system of the region, a year of experiences): with each
    /// table made alone, as before, counts under 10 could be worked out across scopes; made
    /// together, none can.
    @Test func noCountOfTheDemoUnderTenCanBeWorkedOut() {
        // given
        let data = DemoRegion.generate(latestYear: 2026)
        let structure = Self.structure(data)
        let weeks = (0..<52).map { VoiceWeek(year: 2026, week: 1).adding(weeks: -$0) }
        var contributions: [VoiceContribution] = []
        for (index, system) in structure.systems.enumerated() {
            let submissions = DemoVoice.submissions(seed: 2021 &+ UInt64(index), organisationCodes: system.organisations.map(\.code), weeks: weeks, count: 90 + index % 11 * 8)
            contributions += submissions.map { submission in
                let age = weeks.firstIndex(of: submission.week)!
                return VoiceContribution(systemCode: system.code, organisationCode: submission.organisation, period: age < 39 ? "Q\(3 - age / 13)" : nil,
                                         themes: Set(submission.themes), ethnicity: submission.ethnicity, disability: submission.disability)
            }
        }
        let periods = ["Q1", "Q2", "Q3"]

        // when
        let publication = VoicePublication(contributions: contributions, structure: structure, periods: periods)
        let tablesAlone = Self.tablesAlone(contributions, structure: structure, periods: periods)

        // then
        let before = Self.recoverable(tablesAlone, contributions, structure: structure, periods: periods)
        let after = Self.recoverable(publication, contributions, structure: structure, periods: periods)
        print("Staff voice disclosure audit of the region demo: \(before.count) counts under 10 recoverable with each table made alone, \(after.count) made together")
        #expect(before.count > 0)
        #expect(after.isEmpty)
        // and the headlines stay: the region's and every system's number of contributions
        for scope in [FigureScope.region] + structure.systems.map({ .system($0.code) }) {
            #expect(publication.count(VoiceCountKey(scope, nil, .all)).value != nil, "\(scope.code)")
        }
    }

    // MARK: - The reader's attack

    /// The counts under 10 a reader pins down from what `publication` shows.
    static func recoverable(_ publication: VoicePublication, _ contributions: [VoiceContribution], structure: RegionStructure, periods: [String]) -> Set<VoiceLedger.Entry> {
        recoverable(contributions, structure: structure, periods: periods) { publication.count($0) }
    }

    static func recoverable(_ shown: [VoiceCountKey: VoiceCount], _ contributions: [VoiceContribution], structure: RegionStructure, periods: [String]) -> Set<VoiceLedger.Entry> {
        recoverable(contributions, structure: structure, periods: periods) { shown[$0] ?? .fewerThanMinimum }
    }

    private static func recoverable(_ contributions: [VoiceContribution], structure: RegionStructure, periods: [String], count: (VoiceCountKey) -> VoiceCount) -> Set<VoiceLedger.Entry> {
        let ledger = VoiceLedger(contributions: contributions, structure: structure, periods: periods)
        var hidden: Set<VoiceLedger.Entry> = []
        for entry in ledger.ledger.keys {
            if case let .published(key) = entry, count(key).value == nil { hidden.insert(entry) }
        }
        return ledger.ledger.recoverable(hidden: hidden, minimum: VoiceDisclosure.minimumContributions, unpublished: ledger.unpublished)
    }

    /// What the pages showed before: each scope's tables made alone (`VoiceBreakdown`), a
    /// count taken as shown wherever some table or total shows it.
    static func tablesAlone(_ contributions: [VoiceContribution], structure: RegionStructure, periods: [String]) -> [VoiceCountKey: VoiceCount] {
        let ledger = VoiceLedger(contributions: contributions, structure: structure, periods: periods)
        func value(_ key: VoiceCountKey) -> Int { ledger.ledger.value(.published(key)) ?? 0 }
        var shown: [VoiceCountKey: VoiceCount] = [:]
        func table(_ scope: FigureScope, cells: [(VoiceTheme) -> VoiceCountKey], total: (VoiceTheme) -> VoiceCountKey) {
            for theme in VoiceTheme.allCases {
                let row = VoiceBreakdown.make(rows: [""], columns: cells.map { _ in "" }, counts: [cells.map { value($0(theme)) }])
                for (cell, disclosed) in zip(cells, row.cells[0]) where disclosed.value != nil { shown[cell(theme)] = disclosed }
                if row.rowTotals[0].value != nil { shown[total(theme)] = row.rowTotals[0] }
            }
        }
        let members = [(FigureScope.region, structure.systems.map { FigureScope.system($0.code) })]
            + structure.systems.map { (FigureScope.system($0.code), $0.organisations.map { FigureScope.organisation($0.code) }) }
            + structure.organisations.map { (FigureScope.organisation($0.code), [FigureScope.organisation($0.code)]) }
        for (scope, units) in members {
            table(scope, cells: periods.map { period in { VoiceCountKey(scope, $0, .period(period)) } }, total: { VoiceCountKey(scope, $0, .recent) })
            table(scope, cells: units.map { unit in { VoiceCountKey(unit, $0, .all) } }, total: { VoiceCountKey(scope, $0, .all) })
            table(scope, cells: VoiceEthnicity.allCases.map { group in { VoiceCountKey(scope, $0, .ethnicity(group)) } }, total: { VoiceCountKey(scope, $0, .ethnicityGiven) })
            table(scope, cells: VoiceDisability.allCases.map { group in { VoiceCountKey(scope, $0, .disability(group)) } }, total: { VoiceCountKey(scope, $0, .disabilityGiven) })
            let contributions = VoiceCountKey(scope, nil, .all)
            if value(contributions) >= VoiceDisclosure.minimumContributions { shown[contributions] = .shown(value(contributions)) }
        }
        return shown
    }

    // MARK: - Regions to test with

    static func structure(systems: KeyValuePairs<String, [String]>) -> RegionStructure {
        RegionStructure(regionName: "R", systems: systems.map { code, organisations in
            SystemEntry(code: code, name: code, organisations: organisations.map { OrganisationEntry(code: $0, name: $0, systemCode: code) })
        })
    }

    static func structure(_ data: DemoRegionData) -> RegionStructure {
        RegionStructure(regionName: data.regionName, systems: data.systems.map { system in
            SystemEntry(code: system.code, name: system.name, organisations: data.organisations.filter { $0.systemCode == system.code }.map {
                OrganisationEntry(code: $0.code, name: $0.name, systemCode: $0.systemCode)
            })
        })
    }

    /// `count` experiences of `theme` per "system" or "system/organisation" (the system's
    /// only organisation when none is named), all giving no period nor demographics.
    static func experiences(_ counts: KeyValuePairs<String, Int>, theme: VoiceTheme) -> [VoiceContribution] {
        counts.flatMap { place, count in
            let parts = place.split(separator: "/").map(String.init)
            let organisation = parts.count > 1 ? parts[1] : "O" + parts[0].dropFirst()
            return (0..<count).map { _ in
                VoiceContribution(systemCode: parts[0], organisationCode: organisation, period: nil, themes: [theme], ethnicity: nil, disability: nil)
            }
        }
    }
}
