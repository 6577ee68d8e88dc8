import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

@Suite struct IndicatorPagesTests {
    @Test func theOrganisationPageShowsTheReadingWithItsCounts() async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            _ = try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test").importFile(try fixture("two-organisations-2026.csv"), fileName: "two.csv")
            // when
            try await app.testing().test(.GET, SitePath.organisation("T01", year: 2026).href) { response in
                // then
                #expect(response.status == .ok)
                let html = response.body.string
                #expect(html.contains("White applicants were 1.67 times as likely as BME applicants to be appointed from shortlisting"))
                #expect(html.contains(">400<"))
                #expect(html.contains(">45<"))
                #expect(html.contains("Testshire"))
            }
        }
    }

    @Test func theSystemPageShowsOrganisationsThePooledFigureAndTheSpread() async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            _ = try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test").importFile(try fixture("two-organisations-2026.csv"), fileName: "two.csv")
            // when
            try await app.testing().test(.GET, SitePath.system("S01", year: 2026).href) { response in
                // then
                #expect(response.status == .ok)
                let html = response.body.string
                #expect(html.contains("Testshire Hospitals NHS Trust"))
                #expect(html.contains("Testshire Community NHS Trust"))
                #expect(html.contains("1.64"))
                #expect(html.contains("median 1.58 (1.50 to 1.67, 2 orgs)"))
            }
        }
    }

    @Test func theDemoRegionPageNamesItselfSyntheticAndListsElevenSystems() async throws {
        try await withParity(demo: true) { app in
            try await app.testing().test(.GET, "/") { response in
                #expect(response.status == .ok)
                let html = response.body.string
                #expect(html.contains("Demo region — synthetic data"))
                #expect(html.matches(of: /href="\/systems\/[A-Z0-9]+\?year=/).count == 11)
                #expect(html.contains("name=\"year\""))
            }
        }
    }

    @Test func everyPageOfTheDemoRegionAnswers() async throws {
        try await withParity(demo: true) { app in
            let structure = try await StructureStore(database: app.db).structure(asAt: Calendar.utc.snapshotDate(year: 2026))
            var paths = [SitePath.region(year: 2025), .signIn, .passwordReset, .styleGuide, .apiRegion(year: 2026)].map(\.href)
            for system in structure.systems {
                paths += [SitePath.system(system.code).href, SitePath.apiSystem(system.code, year: 2026).href]
            }
            for organisation in structure.organisations {
                paths += [SitePath.organisation(organisation.code, year: 2023).href, SitePath.apiOrganisation(organisation.code, year: 2026).href]
            }
            for path in paths {
                try await app.testing().test(.GET, path) { response in
                    #expect(response.status == .ok, "\(path)")
                }
            }
        }
    }

    @Test func anEmptyRegionInvitesTheFirstUpload() async throws {
        try await withParity { app in
            try await app.testing().test(.GET, "/") { response in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("There are no returns yet"))
                #expect(!response.body.string.contains("Demo region"))
            }
        }
    }

    @Test func anUnknownOrganisationIsAFriendly404Page() async throws {
        try await withParity { app in
            try await app.testing().test(.GET, "/organisations/NOPE") { response in
                #expect(response.status == .notFound)
                #expect(response.body.string.contains("No organisation has the code NOPE"))
            }
        }
    }
}
