import Foundation
import Testing
import VaporTesting
@testable import ParityServer

/// `/metrics` is for operators only, and counts requests, latencies, imports and server errors.
@Suite struct MetricsTests {
    @Test func metricsNeedTheTokenOrAnAdmin() async throws {
        try await withParity(adjust: { $0.metricsToken = "scrape-secret" }) { app in
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let anonymous = TestBrowser(app)
            #expect(try await anonymous.get("/metrics").status == .forbidden)
            #expect(try await anonymous.get("/metrics", headers: ["Authorization": "Bearer wrong"]).status == .forbidden)
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.systemLead.0)
            #expect(try await lead.get("/metrics").status == .forbidden)

            let health = try await anonymous.get("/health")
            #expect(health.headers.first(name: "X-Request-Id")?.isEmpty == false, "the id every log line of the request carries")
            #expect(try await anonymous.get("/no-such-page").headers.first(name: "X-Request-Id") != nil, "errors carry it too")
            _ = try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test")
                .importFile(try fixture("two-organisations-2026.csv"), fileName: "two.csv")
            let scraped = try await anonymous.get("/metrics", headers: ["Authorization": "Bearer scrape-secret"])
            #expect(scraped.status == .ok)
            #expect(scraped.headers.contentType?.subType == "plain")
            let text = scraped.body.string
            #expect(text.contains("# TYPE parity_http_requests_total counter"))
            #expect(text.contains(#"parity_http_requests_total{method="GET",route="/health",status="200"}"#))
            #expect(text.contains(#"parity_http_request_duration_seconds_bucket{route="/health",le="+Inf"}"#))
            #expect(text.contains(#"parity_imports_total{result="imported"}"#))
            // The refusals above were counted by their route pattern, not their address.
            #expect(text.contains(#"route="/metrics",status="403""#))

            let admin = TestBrowser(app)
            try await admin.signIn(TestAccounts.admin.0)
            #expect(try await admin.get("/metrics").status == .ok)
        }
    }

    @Test func theExpositionFormatEscapesLabelsAndCountsBuckets() {
        let registry = MetricsRegistry()
        registry.increment("parity_imports_total", ["result": "say \"hi\"\n"])
        registry.observe("parity_http_request_duration_seconds", ["route": "/x"], seconds: 0.03)
        let text = registry.exposition()
        #expect(text.contains(#"parity_imports_total{result="say \"hi\"\n"} 1"#))
        #expect(text.contains(#"parity_http_request_duration_seconds_bucket{route="/x",le="0.025"} 0"#))
        #expect(text.contains(#"parity_http_request_duration_seconds_bucket{route="/x",le="0.05"} 1"#))
        #expect(text.contains(#"parity_http_request_duration_seconds_count{route="/x"} 1"#))
    }
}
