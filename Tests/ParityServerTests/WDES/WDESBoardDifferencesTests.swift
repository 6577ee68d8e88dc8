import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// WDES metric 10 gives the voting and executive members' differences beside the whole
/// board's, in the JSON and on the page (issue 20, part 2).
@Suite struct WDESBoardDifferencesTests {
    @Test func metric10CarriesTheVotingAndExecutiveDifferences() async throws {
        try await withParity { app in
            // given T01: 60 Disabled of 600 staff (10%); board: voting executive 1 Disabled of 5,
            // voting non-executive 0 of 5, non-voting executive 1 of 2
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let rows = """
            organisation,year,standard,indicator,measure,group,count
            T01,2026,WDES,1,cluster-headcount:clinical:afc-5-7,disabled,60
            T01,2026,WDES,1,cluster-headcount:clinical:afc-5-7,non-disabled,500
            T01,2026,WDES,1,cluster-headcount:clinical:afc-5-7,unknown,40
            T01,2026,WDES,10,board:voting-executive,disabled,1
            T01,2026,WDES,10,board:voting-executive,non-disabled,4
            T01,2026,WDES,10,board:voting-executive,unknown,0
            T01,2026,WDES,10,board:voting-non-executive,disabled,0
            T01,2026,WDES,10,board:voting-non-executive,non-disabled,5
            T01,2026,WDES,10,board:voting-non-executive,unknown,0
            T01,2026,WDES,10,board:non-voting-executive,disabled,1
            T01,2026,WDES,10,board:non-voting-executive,non-disabled,1
            T01,2026,WDES,10,board:non-voting-executive,unknown,0

            """
            _ = try await ReturnImporter(database: app.db, now: testNow, actor: .commandLine, auditName: "test").importFile(Array(rows.utf8), fileName: "wdes.csv")
            let owner = TestBrowser(app)
            _ = try await owner.signIn(TestAccounts.dataLeadT01.0)
            // when the owning organisation reads its own figures, unsuppressed
            let response = try await owner.get("/api/v1/organisations/T01/wdes/2026")
            let document = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
            let ten = try #require((document["metrics"] as? [String: Any])?["10"] as? [String: Any])
            let html = try await owner.get("/organisations/T01/wdes?year=2026").body.string
            // then whole board 2 of 12 (16.7%) − 10% = 6.7; voting 1 of 10 − 10% = 0; executive 2 of 7 (28.6%) − 10% = 18.6
            #expect(abs((ten["board_difference_points"] as? Double ?? 0) - (200.0 / 12 - 10)) < 1e-9)
            #expect(abs((ten["voting_difference_points"] as? Double ?? 1) - 0) < 1e-9)
            #expect(abs((ten["executive_difference_points"] as? Double ?? 0) - (200.0 / 7 - 10)) < 1e-9)
            #expect(html.contains("id=\"metric-10\""))
            #expect(html.contains("<th scope=\"row\">Executive members</th><td class=\"p-num\">28.6%</td><td class=\"p-num\">+18.6 pts</td>"))
        }
    }
}
