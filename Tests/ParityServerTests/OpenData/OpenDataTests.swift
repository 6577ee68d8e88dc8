import Fluent
import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// Open data (issue 9): published, disclosure-controlled figures only, and a closed year's
/// files that never change.
@Suite struct OpenDataTests {
    /// Testshire's 2026 WRES returns (T01, T02) signed off late in a cycle whose publication day
    /// has passed at `testNow`; `published` are published.
    static func publishedCycle(_ app: Application, published: Set<String>) async throws -> ReportingCycleRow {
        try await CommitmentFixture.create(in: app)
        try await CommitmentFixture.importS01Returns(in: app)
        var dates = ReportingCycle.standardDates(.wres, year: 2026)
        dates.deadline = ISODay.parse("2026-10-01")!
        dates.publication = ISODay.parse("2026-11-01")!
        let cycle = try await CycleStore(database: app.db).save(dates, expectedVersion: nil, actor: "test", now: testNow)
        for code in ["T01", "T02"] {
            try await CycleStore(database: app.db).signOff(cycle, organisation: code, name: "Alex Example", jobTitle: "Director of People",
                                                         lateReason: "The extract was late.", actor: "test", now: testNow)
        }
        _ = try await CycleStore(database: app.db).publish(cycle, organisations: published, actor: "test", now: testNow)
        return cycle
    }

    static func file(_ app: Application, _ name: String) async throws -> TestingHTTPResponse {
        let response = try await TestBrowser(app).get("/open-data/\(name)")
        #expect(response.status == .ok, "\(name)")
        return response
    }

    static func json(_ app: Application, year: Int = 2026) async throws -> AnyJSON {
        try AnyJSON.decode(Data(buffer: try await file(app, "\(year).json").body))
    }

    @Test func onlyPublishedReturnsAreInTheOpenData() async throws {
        try await withParity { app in
            // given: T01 published, T02 signed off but not yet published
            _ = try await Self.publishedCycle(app, published: ["T01"])
            // when
            let document = try await Self.json(app)
            let csv = String(decoding: try await Self.file(app, "2026.csv").body.readableBytesView, as: UTF8.self)
            // then
            let codes = try #require(document["scopes"]?.array).compactMap { $0["code"]?.string }
            #expect(codes == ["region", "S01", "T01"])
            #expect(document["status"]?.string == "provisional")
            #expect(document["published_return_versions"]?["WRES"] == .object(["T01": .integer(1)]))
            #expect(csv.contains("\n2026,WRES,organisation,T01,"))
            #expect(!csv.contains(",T02,"))
            #expect(csv.contains("\n2026,WRES,region,region,Testland,,all,organisations_reporting,1\r"))
        }
    }

    @Test func thePublicAPIShowsPublishedFiguresOnlyAndATokenItsOwnersLatest() async throws {
        try await withParity { app in
            // given: T01's version 1 published, then a correction (version 2) not yet signed off
            _ = try await Self.publishedCycle(app, published: ["T01", "T02"])
            let corrected = String(decoding: try fixture("two-organisations-2026.csv"), as: UTF8.self)
                .replacingOccurrences(of: "T01,2026,WRES,2,appointed,white,100", with: "T01,2026,WRES,2,appointed,white,50")
            #expect(corrected != String(decoding: try fixture("two-organisations-2026.csv"), as: UTF8.self))
            _ = try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test")
                .importFile(Array(corrected.utf8), fileName: "corrected.csv", changeReason: "We miscounted appointments.")
            let token = try await APITokens.create(app, email: TestAccounts.dataLeadT01.0)
            let path = "/api/v1/organisations/T01/wres/2026"
            func appointed(_ headers: HTTPHeaders) async throws -> AnyJSON? {
                try AnyJSON.decode(Data(buffer: try await TestBrowser(app).get(path, headers: headers).body))["indicators"]?["2"]?["focus"]?["events"]
            }
            // when / then
            #expect(try await appointed([:]) == .integer(100))
            #expect(try await appointed(APITokens.header(token)) == .integer(50))
        }
    }

    @Test func aClosedYearsFilesNeverChange() async throws {
        try await withParity { app in
            // given: both returns published, then the year closed by a regional admin
            let cycle = try await Self.publishedCycle(app, published: ["T01", "T02"])
            let admin = TestBrowser(app)
            try await admin.signIn(TestAccounts.admin.0)
            let closed = try await admin.post("/open-data/2026/close", form: [:])
            #expect(closed.status == .seeOther)
            let csv = try await Self.file(app, "2026.csv")
            let json = try await Self.file(app, "2026.json")
            let page = try await TestBrowser(app).get("/open-data").body.string
            // when: a correction is imported, signed off and accepted by the region, and so published again
            _ = try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test")
                .importFile(try Self.correction(), fileName: "fix.csv", changeReason: "Corrected training counts.")
            try await CycleStore(database: app.db).signOff(cycle, organisation: "T01", name: "Alex Example", jobTitle: "Director of People",
                                                         lateReason: nil, actor: "test", now: testNow)
            try await RevisionReviewer(database: app.db, actor: "region", now: testNow)
                .review(cycle, organisation: OrganisationEntry(code: "T01", name: "Testshire Hospitals", systemCode: "S01"), decision: .accept, reason: "Checked.")
            // then: the files are byte for byte the same, and their digests are on the page
            #expect(Array(try await Self.file(app, "2026.csv").body.readableBytesView) == Array(csv.body.readableBytesView))
            #expect(Array(try await Self.file(app, "2026.json").body.readableBytesView) == Array(json.body.readableBytesView))
            let digest = SHA256.hash(data: Data(csv.body.readableBytesView)).hexString
            #expect(page.contains(digest))
            #expect(csv.headers.first(name: "X-Content-SHA256") == digest)
            #expect(csv.headers.first(name: .cacheControl)?.contains("immutable") == true)
            // …while the figures computed now have changed, so the comparison above could fail
            let now = try OpenDataFiles(try await OpenDataDocument(database: app.db).make(year: 2026, closedOn: ISODay.parse("2026-11-29")))
            #expect(now.json != Data(json.body.readableBytesView))
            #expect(try await AuditEventRow.query(on: app.db).filter(\.$action == "open-data.closed").count() == 1)
        }
    }

    /// T01's return with one disciplinary count changed.
    static func correction() throws -> [UInt8] {
        let text = String(decoding: try fixture("two-organisations-2026.csv"), as: UTF8.self)
        let lines = text.split(separator: "\n").filter { $0.hasPrefix("organisation") || $0.hasPrefix("T01") }
        let changed = lines.map { $0.contains("entered-disciplinary,white") ? Substring($0.split(separator: ",").dropLast().joined(separator: ",") + ",1") : $0 }
        #expect(changed != lines)
        return Array(changed.joined(separator: "\n").utf8)
    }

    @Test func aProvisionalYearFollowsPublication() async throws {
        try await withParity { app in
            // given
            let cycle = try await Self.publishedCycle(app, published: ["T01"])
            let before = Array(try await Self.file(app, "2026.json").body.readableBytesView)
            // when
            _ = try await CycleStore(database: app.db).publish(cycle, organisations: ["T02"], actor: "test", now: testNow)
            // then
            #expect(Array(try await Self.file(app, "2026.json").body.readableBytesView) != before)
        }
    }

    @Test func closingIsForRegionalAdminsOnceAndOnlyOnceTheYearCanBePublished() async throws {
        try await withParity { app in
            // given
            _ = try await Self.publishedCycle(app, published: ["T01"])
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.systemLead.0)
            let admin = TestBrowser(app)
            try await admin.signIn(TestAccounts.admin.0)
            // then
            #expect(try await TestBrowser(app).post("/open-data/2026/close", form: [:]).status == .forbidden)
            #expect(try await lead.post("/open-data/2026/close", form: [:]).status == .forbidden)
            #expect(try await admin.post("/open-data/2025/close", form: [:]).status == .unprocessableEntity)
            #expect(try await admin.post("/open-data/2026/close", form: [:]).status == .seeOther)
            #expect(try await admin.post("/open-data/2026/close", form: [:]).status == .conflict)
        }
    }

    @Test func aYearIsNotClosedBeforeItsPublicationDay() async throws {
        try await withParity { app in
            try await CommitmentFixture.create(in: app)
            try await CommitmentFixture.importS01Returns(in: app)
            var dates = ReportingCycle.standardDates(.wdes, year: 2026)
            dates.publication = ISODay.parse("2026-12-31")!
            try await CycleStore(database: app.db).save(dates, expectedVersion: nil, actor: "test", now: testNow)
            await #expect(throws: ParityError.self) { try await OpenDataStore(database: app.db).close(year: 2026, actor: "test", now: testNow) }
        }
    }

    @Test func everyFigureOfTheFilesIsInTheDataDictionary() async throws {
        try await withParity(demo: true) { app in
            // given: the demo's newest year, with every standard and race × disability counts
            let year = try #require(try await OpenDataStore(database: app.db).years().first?.year)
            let document = try await OpenDataDocument(database: app.db).make(year: year, closedOn: nil)
            // when
            let rows = OpenDataFigures.rows(of: document)
            // then
            #expect(rows.count > 10_000)
            let undescribed = Set(rows.filter { OpenDataDictionary.entry(standard: $0.standard, indicator: $0.indicator, pattern: $0.pattern) == nil }
                .map { "\($0.standard) \($0.indicator) \($0.pattern)" })
            #expect(undescribed.sorted() == [])
            #expect(Set(rows.map(\.indicator)).contains("race-by-disability"))
            let csv = String(decoding: try OpenDataFiles(document).csv, as: UTF8.self)
            #expect(csv.hasPrefix("\u{FEFF}" + OpenDataDictionary.columns.map(\.name).joined(separator: ",") + "\r\n"))
            // Negative figures stay numbers; only text is made safe for spreadsheets.
            #expect(csv.contains(",gap_points,-"))
            #expect(!csv.contains(",'-"))
            let dictionary = try await TestBrowser(app).get("/open-data/dictionary.csv")
            #expect(dictionary.status == .ok)
            #expect(try await TestBrowser(app).get("/open-data/dictionary").body.string.contains("relative_likelihood"))
        }
    }
}
