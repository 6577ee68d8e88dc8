import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

@Suite struct BoardReportTests {
    private func withTwoOrganisations(_ body: (Application) async throws -> Void) async throws {
        try await withParity { app in
            try await TestRegion.create(on: app.db)
            _ = try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test").importFile(try fixture("two-organisations-2026.csv"), fileName: "two.csv")
            try await body(app)
        }
    }

    /// The sections of an organisation's report: one A4 page each for a small organisation.
    static let organisationSections = ["report-title", "report-trends", "report-by-year", "report-glance", "report-commitments", "report-voice", "report-governance"]

    @Test func anOrganisationsReportHasEveryPart() async throws {
        try await withTwoOrganisations { app in
            // when
            let response = try await TestBrowser(app).get(SitePath.boardReport(.organisation("T01"), year: 2026).href)
            // then
            #expect(response.status == .ok)
            let html = response.body.string
            let sections = html.matches(of: /<section class="p-report__section" aria-labelledby="([a-z-]+)">/).map { String($0.1) }
            #expect(sections == Self.organisationSections)
            #expect(html.contains("<p class=\"p-report__running\">Board report · Testshire Hospitals NHS Trust (T01) · WRES 2026 · produced 29 November 2026</p>"))
            #expect(html.contains("<link rel=\"stylesheet\" href=\"/css/report.css\">"))
            // the nine headlines, the nine small trends, and the bands of indicator 1
            #expect(html.matches(of: /<tr><th scope="row"><span class="p-scorecard__number">/).count == 9)
            #expect(html.matches(of: /<figure class="p-chart p-chart--compact" id="report-trend-[1-9]">/).count == 9)
            #expect(html.contains("White applicants were 1.67 times as likely as BME applicants to be appointed from shortlisting"))
            #expect(html.contains("id=\"report-bands\""))
            #expect(html.contains("role=\"img\" aria-labelledby=\"report-trend-2-title report-trend-2-desc\""))
            #expect(html.contains("There are no commitments for Testshire yet."))
        }
    }

    @Test func aSystemsAndTheRegionsReportsShowTheirMembers() async throws {
        try await withTwoOrganisations { app in
            let system = try await TestBrowser(app).get(SitePath.boardReport(.system("S01"), year: 2026).href)
            #expect(system.status == .ok)
            #expect(system.body.string.contains("Organisations at a glance"))
            #expect(system.body.string.contains("id=\"report-scorecard\""))
            let region = try await TestBrowser(app).get(SitePath.boardReport(.region).href)
            #expect(region.status == .ok)
            #expect(region.body.string.contains("Systems at a glance"))
            #expect(region.body.string.contains("<th scope=\"row\">Testshire</th>"))
            let missing = try await TestBrowser(app).get(SitePath.boardReport(.organisation("NOPE")).href)
            #expect(missing.status == .notFound)
        }
    }

    @Test(.enabled(if: Chromium.find() != nil, "Chromium is not installed here: the PDF is not rendered (install chromium to run this test)"))
    func rendersAPDFWithAPagePerPart() async throws {
        try await withTwoOrganisations { app in
            // given
            let output = FileManager.default.temporaryDirectory.appendingPathComponent("parity-test-\(UUID().uuidString).pdf")
            defer { try? FileManager.default.removeItem(at: output) }
            // when
            let pages = try await BoardReportPDF(app: app).render(.organisation("T01"), year: 2026, publicView: false, to: output)
            // then a PDF whose every part starts a page and fits on it
            let pdf = try Data(contentsOf: output)
            #expect(pdf.starts(with: Data("%PDF".utf8)))
            #expect(pages == Self.organisationSections.count)
            let pageObjects = String(decoding: pdf, as: UTF8.self).matches(of: /\/Type\s*\/Page[^s]/).count
            #expect(pageObjects == Self.organisationSections.count)
        }
    }

    @Test func withoutChromiumTheCommandSaysWhatToDo() {
        #expect(Chromium.find(environment: ["PATH": "/nonexistent"]) == nil)
        #expect(Chromium.find(environment: ["PARITY_CHROMIUM": "/nonexistent/chromium"]) == nil)
        #expect(Chromium.missing.contains("apt-get install chromium"))
    }
}
