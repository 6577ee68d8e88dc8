import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// The sign-off page shows the data-quality warnings to those who may read the figures, and
/// never to the public.
@Suite struct DataQualityPageTests {
    @Test func warningsShowToTheOwnLeadBeforeSignOffAndNotToThePublic() async throws {
        try await withParity { app in
            try await CycleFixture.create(in: app)
            let file = Array("""
            organisation,year,standard,indicator,measure,group,count
            T01,2026,WRES,1,headcount:clinical:band-5,white,600
            T01,2026,WRES,1,headcount:clinical:band-5,bme,300
            T01,2026,WRES,1,headcount:clinical:band-5,unknown,150
            T01,2026,WRES,5,survey-respondents,white,200
            T01,2026,WRES,5,survey-yes,white,40
            T01,2026,WRES,5,survey-respondents,bme,9
            T01,2026,WRES,5,survey-yes,bme,2

            """.utf8)
            _ = try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test").importFile(file, fileName: "t01.csv")
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.dataLeadT01.0)
            let page = try await lead.get("/cycles/WRES/2026/T01").body.string
            #expect(page.contains("Ethnicity is unknown for 14.3% of the workforce (150 of 1050)"))
            #expect(page.contains("Indicator 5: only 9 BME respondents"))
            #expect(page.contains("Sign off the return"))
            let publicPage = try await TestBrowser(app).get("/cycles/WRES/2026/T01").body.string
            #expect(!publicPage.contains("Data-quality checks"))
            #expect(!publicPage.contains("Sign off the return"))
        }
    }
}
