import Fluent
import Foundation
import ParityCore
import SQLKit
import Testing
import VaporTesting
@testable import ParityServer

/// The stored figures (issue 10) give exactly what computing from the counts gives, on pages
/// and in the API, and follow every change to returns and structure.
@Suite struct StoredFiguresTests {
    @Test func theStoredFiguresAreExactlyTheFiguresTheCountsGive() async throws {
        try await withParity(demo: true) { app in
            // given the demo region, seeded with its figures stored
            let years = Array(FigureRefresh.years(withReturns: try await ReturnStore(database: app.db).years(standard: .wres)))
            let known = try await StructureStore(database: app.db).organisationCodes()
            // when
            let stored = try await IndicatorLoader(database: app.db).figures(years: years)
            let computed = try await IndicatorLoader(database: app.db).load(years: years)
            // then every scope of every year agrees, as the public and as an administrator see it
            #expect(years.count == 6)
            for year in years {
                var (figures, counts) = (try #require(stored[year]), try #require(computed[year]))
                // The year's disclosure across outputs is the same for both: compare what it is applied to.
                counts.withheld = figures.withheld
                guard case .stored = figures.source else { Issue.record("\(year) was not read from the stored figures"); continue }
                for scope in FigureRefresh.everyScope(in: counts.structure, organisations: known) {
                    let reference = StoredFiguresTests.reference(scope, in: counts.structure)
                    let (fromStore, fromCounts) = (try #require(figures.figures(reference)), try #require(counts.figures(reference)))
                    for policy in [DisclosurePolicy.publicRelease, .unrestricted] {
                        #expect(PublishedWRES(fromStore, policy: policy) == PublishedWRES(fromCounts, policy: policy), "\(scope) \(year)")
                    }
                }
            }
        }
    }

    @Test func pagesAndTheAPIShowTheSameWhetherFiguresAreStoredOrComputed() async throws {
        try await withParity(demo: true) { app in
            // given the pages and documents read from the stored figures, for the public and a panel member
            let paths = ["/", "/?year=2024", "/systems/D03", "/systems/D04?year=2023", "/organisations/DD2?year=2024",
                         "/api/v1/region/wres/2026", "/api/v1/systems/D01/wres/2025", "/api/v1/organisations/DH3/wres/2024"]
            let panel = TestBrowser(app)
            try await panel.signIn("panel@demo.parity.invalid", password: DemoAccounts.password)
            let fromStore = try await Self.bodies(paths, app: app, panel: panel)
            #expect(try await StoredFigureRow.query(on: app.db).count() > 0)
            // when the stored figures are gone, so every figure is computed from the counts
            try await StoredFigureRow.query(on: app.db).delete()
            try await ChangeStamps(database: app.db).renewAll()
            let fromCounts = try await Self.bodies(paths, app: app, panel: panel)
            // then
            for (index, path) in paths.enumerated() {
                #expect(fromStore.public[index] == fromCounts.public[index], "\(path), public")
                #expect(fromStore.panel[index] == fromCounts.panel[index], "\(path), panel")
            }
            #expect(try await StoredFigureRow.query(on: app.db).count() == 0)
        }
    }

    @Test func importingAReturnRecomputesItsFiguresAndTheRegionPageShowsThem() async throws {
        try await withParity { app in
            // given two organisations' 2026 returns, region indicator 2 pooling 160/600 White and 65/400 BME
            try await TestRegion.create(on: app.db)
            let importer = ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test")
            _ = try await importer.importFile(try fixture("two-organisations-2026.csv"), fileName: "two.csv")
            try await app.testing().test(.GET, "/") { #expect($0.body.string.contains(">1.64 ")) }
            try await app.testing().test(.GET, "/") { #expect($0.headers.first(name: PublicPageCacheMiddleware.header) == "hit") }
            let before = try await Self.storedRegion(app, year: 2026)
            // when T02 sends a new version with 40 more White appointments: 200/600 against 65/400
            let corrected = """
                organisation,year,standard,indicator,measure,group,count
                T02,2026,WRES,2,shortlisted,white,200
                T02,2026,WRES,2,appointed,white,100
                T02,2026,WRES,2,shortlisted,bme,100
                T02,2026,WRES,2,appointed,bme,20
                """
            _ = try await importer.importFile(Array(corrected.utf8), fileName: "t02.csv")
            // then the stored region figure is the new one, and so is the page
            let after = try await Self.storedRegion(app, year: 2026)
            #expect(before.report.likelihoods[2]?.relativeLikelihood.map { ($0 * 100).rounded() } == 164)
            #expect(after.report.likelihoods[2]?.relativeLikelihood.map { ($0 * 1000).rounded() / 1000 } == 2.051)
            try await app.testing().test(.GET, "/") { response in
                #expect(response.headers.first(name: PublicPageCacheMiddleware.header) == "miss")
                #expect(response.body.string.contains(">2.05 "))
            }
            try await Self.expectStoredEqualsComputed(app, years: [2026, 2027])
        }
    }

    @Test func aChangeOfStructureDropsStaleFiguresAndTheSystemPageFollowsIt() async throws {
        try await withParity { app in
            // given T01 and T02 in Testshire with 2026 returns, and a second system
            try await TestRegion.create(on: app.db)
            _ = try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test")
                .importFile(try fixture("two-organisations-2026.csv"), fileName: "two.csv")
            _ = try await StructureStore(database: app.db).add(systems: [ReferenceSystem(code: "S02", name: "Otherford")], organisations: [], validFrom: ReferenceDates.structureStart)
            try await app.testing().test(.GET, "/systems/S02?year=2026") { #expect(!$0.body.string.contains("Testshire Community NHS Trust")) }
            #expect(try await StoredFigureRow.query(on: app.db).count() > 0)
            // when T02 moves to Otherford from 1 April 2025, by whatever writer
            let t02 = try #require(try await StructureStore(database: app.db).organisation(code: "T02"))
            let otherford = try #require(try await SystemRow.query(on: app.db).filter(\.$code == "S02").first())
            let moved = Calendar.utc.date(from: DateComponents(year: 2025, month: 4, day: 1))!
            let membership = try #require(try await MembershipRow.query(on: app.db).filter(\.$organisation.$id == t02.id!).first())
            membership.validTo = moved
            try await membership.update(on: app.db)
            try await MembershipRow(organisationID: t02.id!, systemID: otherford.id!, validFrom: moved).create(on: app.db)
            // then the figures it made stale are gone, and the pages pool by the new structure
            #expect(try await StoredFigureRow.query(on: app.db).count() == 0)
            try await app.testing().test(.GET, "/systems/S02?year=2026") { response in
                #expect(response.body.string.contains("Testshire Community NHS Trust"))
            }
            try await app.testing().test(.GET, "/api/v1/systems/S02/wres/2026") { response in
                let document = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as! [String: Any]
                let two = (document["indicators"] as! [String: Any])["2"] as! [String: Any]
                #expect((two["relative_likelihood"] as? Double).map { ($0 * 100).rounded() } == 150)
            }
            // and a rebuild stores them again, the same
            try await app.db.transaction { try await StoredFiguresWriter(database: $0).rebuild() }
            #expect(try await StoredFigureRow.query(on: app.db).count() > 0)
            try await Self.expectStoredEqualsComputed(app, years: [2026, 2027])
        }
    }

    @Test func anAnonymousPageIsKeptUntilSomethingItShowsChangesAndNeverShownToTheSignedIn() async throws {
        try await withParity(demo: true) { app in
            // given the region page, built once and then kept
            try await app.testing().test(.GET, "/") { #expect($0.headers.first(name: PublicPageCacheMiddleware.header) == "miss") }
            try await app.testing().test(.GET, "/") { response in
                #expect(response.headers.first(name: PublicPageCacheMiddleware.header) == "hit")
                #expect(response.headers.setCookie?[CSRFMiddleware.cookieName] != nil)
                #expect(response.headers.first(name: "X-Request-Id") != nil)
                #expect(response.body.string.contains("download=csv&amp;table=1\" download>CSV"))
            }
            // and a table's download is kept as it was sent, named as a download
            for expected in ["miss", "hit"] {
                try await app.testing().test(.GET, "/?download=csv&table=1") { response in
                    #expect(response.headers.first(name: PublicPageCacheMiddleware.header) == expected)
                    #expect(response.headers.contentDisposition?.filename?.hasSuffix(".csv") == true)
                }
            }
            // when a case study is celebrated (a table the region page reads, not a return)
            let study = try #require(try await CaseStudyRow.query(on: app.db).filter(\.$endorsedAt == nil).first())
            study.endorsedAt = testNow
            study.endorsedBy = "panel@demo.parity.invalid"
            try await study.update(on: app.db)
            // then the next reader gets a new page showing it
            try await app.testing().test(.GET, "/") { response in
                #expect(response.headers.first(name: PublicPageCacheMiddleware.header) == "miss")
                #expect(response.body.string.contains(study.title))
            }
            // and a signed-in reader always gets a page built for them
            let admin = TestBrowser(app)
            try await admin.signIn("admin@demo.parity.invalid", password: DemoAccounts.password)
            let page = try await admin.get("/")
            #expect(page.headers.first(name: PublicPageCacheMiddleware.header) == nil)
            #expect(page.body.string.contains("Signed in as"))
        }
    }

    @Test func staffVoiceChangesThePublicPagesOnlyWhenWhatIsPublishedChanges() async throws {
        try await withParity(demo: true) { app in
            // given the system page, kept
            let path = "/systems/D01"
            let cache = { (expected: String) in
                try await app.testing().test(.GET, path) { #expect($0.headers.first(name: PublicPageCacheMiddleware.header) == expected) }
            }
            try await cache("miss")
            try await cache("hit")
            // when an experience waiting for moderation changes, the page is still kept
            let waiting = try #require(try await VoiceSubmissionRow.query(on: app.db).filter(\.$status == "pending").filter(\.$systemCode == "D01").first())
            waiting.response = "Thank you; the network will read this on Monday."
            try await waiting.update(on: app.db)
            try await cache("hit")
            // then publishing it changes the page
            waiting.status = "published"
            try await waiting.update(on: app.db)
            try await cache("miss")
            try await cache("hit")
        }
    }

    @Test func thePublicDocumentFollowsThePublicationOfAReturn() async throws {
        try await withParity(demo: true) { app in
            // given DA4's 2026 return, signed off but not yet published, so the public reads none
            let path = "/api/v1/organisations/DA4/wres/2026"
            let relativeLikelihood = { () async throws -> (Double?, String?) in
                var result: (Double?, String?) = (nil, nil)
                try await app.testing().test(.GET, path) { response in
                    let document = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as! [String: Any]
                    let two = (document["indicators"] as! [String: Any])["2"] as! [String: Any]
                    result = (two["relative_likelihood"] as? Double, response.headers.first(name: PublicPageCacheMiddleware.header))
                }
                return result
            }
            #expect(try await relativeLikelihood() == (nil, "miss"))
            #expect(try await relativeLikelihood() == (nil, "hit"))
            // when the region publishes it
            let cycle = try await CycleStore(database: app.db).cycle(.wres, 2026)
            #expect(try await CycleStore(database: app.db).publish(cycle, organisations: ["DA4"], actor: "test", now: testNow) == 1)
            // then the next public reader gets its figures
            let (published, cache) = try await relativeLikelihood()
            #expect(published != nil)
            #expect(cache == "miss")
        }
    }

    @Test func theTurnOfAMinuteNeverMakesAReaderWaitButAnOlderPageIsNotShown() async throws {
        try await withParity(demo: true) { app in
            let cache = { (expected: String) in
                try await app.testing().test(.GET, "/systems/D02") { #expect($0.headers.first(name: PublicPageCacheMiddleware.header) == expected) }
            }
            // given the page built at testNow
            try await cache("miss")
            // when four minutes have passed, that page is not served
            app.now = { testNow.addingTimeInterval(240) }
            try await cache("miss")
            // then when the clock turns the next minute, the page of the minute before is served while the new one is built
            app.now = { testNow.addingTimeInterval(300) }
            try await cache("hit")
            // and the application, shut down at once, waits for that build, which reads its database
        }
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["PARITY_TEST_NATIONAL"] == "1", "seeds 221 organisations; set PARITY_TEST_NATIONAL=1"))
    func theNationalDemoHoldsFortyTwoSystemsWithTheirFiguresStored() async throws {
        try await withParity(adjust: { $0.seedsDemoWhenEmpty = true; $0.demoScale = .national }) { app in
            let structure = try await StructureStore(database: app.db).structure(asAt: testNow)
            #expect(structure.regionName == "Eldermark")
            #expect(structure.systems.count == 42)
            #expect(structure.organisations.count == 221)
            #expect(try await StoredFigureRow.query(on: app.db).count() == 6 * (1 + 42 + 221))
            try await app.testing().test(.GET, "/") { response in
                #expect(response.status == .ok)
                #expect(response.body.string.matches(of: /href="\/systems\/[A-Z0-9]+\?year=/).count == 42)
            }
            try await Self.expectStoredEqualsComputed(app, years: [2025, 2026])
        }
    }

    // MARK: - Helpers

    private static func reference(_ scope: FigureScope, in structure: RegionStructure) -> ScopeReference {
        switch scope.kind {
        case .region: .region
        case .system: .system(scope.code)
        case .organisation: .organisation(structure.organisation(code: scope.code) ?? OrganisationEntry(code: scope.code, name: scope.code, systemCode: ""))
        }
    }

    private static func storedRegion(_ app: Application, year: Int) async throws -> StoredScopeFigures {
        let row = try #require(try await StoredFigureRow.query(on: app.db).filter(\.$scope == "region").filter(\.$year == year).first())
        return try StoredScopeFigures.decode(row.payload)
    }

    /// Every scope's stored figures for `years` equal those computed from the counts.
    private static func expectStoredEqualsComputed(_ app: Application, years: [Int]) async throws {
        let stored = try await IndicatorLoader(database: app.db).figures(years: years)
        let computed = try await IndicatorLoader(database: app.db).load(years: years)
        let known = try await StructureStore(database: app.db).organisationCodes()
        for year in years {
            let (figures, counts) = (try #require(stored[year]), try #require(computed[year]))
            guard case .stored = figures.source else { Issue.record("\(year) was not stored"); continue }
            for scope in FigureRefresh.everyScope(in: counts.structure, organisations: known) {
                let reference = reference(scope, in: counts.structure)
                #expect(figures.figures(reference).map { PublishedWRES($0, policy: .unrestricted) } == counts.figures(reference).map { PublishedWRES($0, policy: .unrestricted) }, "\(scope) \(year)")
            }
        }
    }

    /// The bodies of `paths` for an anonymous reader and for `panel`.
    private static func bodies(_ paths: [String], app: Application, panel: TestBrowser) async throws -> (public: [String], panel: [String]) {
        var result: (public: [String], panel: [String]) = ([], [])
        for path in paths {
            try await app.testing().test(.GET, path) { response in
                #expect(response.status == .ok, "\(path)")
                result.public.append(response.body.string)
            }
            let page = try await panel.get(path)
            #expect(page.status == .ok, "\(path)")
            result.panel.append(page.body.string)
        }
        return result
    }
}
