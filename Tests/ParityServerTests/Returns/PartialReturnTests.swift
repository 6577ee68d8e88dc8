import Foundation
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// A new version holds exactly what its file holds (issue 19): a file of indicator 2 rows alone
/// leaves indicator 1 "not provided" in that version, never a workforce of 0, and the person
/// uploading is told so before signing it off.
@Suite struct PartialReturnTests {
    @Test func aFileOfIndicator2AloneLeavesIndicator1NotProvided() async throws {
        try await withParity { app in
            // given a whole return for T01 (indicators 1 to 3)
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.dataLeadT01.0)
            let whole = try fixture("two-organisations-2026.csv").split(separator: UInt8(ascii: "\n")).filter { !$0.starts(with: Array("T02".utf8)) }
            #expect(try await lead.upload(Array(whole.joined(separator: [UInt8(ascii: "\n")])) + [UInt8(ascii: "\n")], fileName: "whole.csv").status == .ok)
            // when a file of its indicator 2 rows alone is uploaded
            let partial = "organisation,year,standard,indicator,measure,group,count\nT01,2026,WRES,2,shortlisted,white,400\nT01,2026,WRES,2,appointed,white,100\n"
                + "T01,2026,WRES,2,shortlisted,bme,300\nT01,2026,WRES,2,appointed,bme,45\n"
            let uploaded = try await lead.upload(Array(partial.utf8), fileName: "indicator-2.csv")
            // then the upload says what the new version leaves out
            #expect(uploaded.status == .ok)
            #expect(uploaded.body.string.contains("This file has no rows for indicators 1, 3–9; they will show as not provided"))
            // and indicator 1 reads "not provided", not 0, on the page and in the API
            let page = try await lead.get("/organisations/T01?year=2026").body.string
            let overall = try #require(page.firstMatch(of: /Overall workforce<\/th>(.*?)<\/tr>/)).1
            #expect(overall.contains("<td class=\"p-num\">not provided</td>"))
            #expect(!overall.contains(">0<"))
            #expect(page.contains("Not provided: the return has no indicator 1 figures for this year."))
            let api = try await lead.get("/api/v1/organisations/T01/wres/2026")
            let document = try #require(try JSONSerialization.jsonObject(with: Data(buffer: api.body)) as? [String: Any])
            let one = try #require((document["indicators"] as? [String: Any])?["1"] as? [String: Any])
            #expect(one["provided"] as? Bool == false)
            let overallJSON = try #require(one["overall"] as? [String: Any])
            #expect(overallJSON["total"] is NSNull)
            #expect(overallJSON["white_count"] is NSNull)
        }
    }
}
