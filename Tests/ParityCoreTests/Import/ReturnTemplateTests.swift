import Testing
@testable import ParityCore

struct ReturnTemplateTests {
    static let template = ReturnTemplate.wres(exampleOrganisation: "DEMO1", year: 2024)

    static var lines: [String] {
        template.split(separator: "\r\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    @Test func hasTheHeaderAndOneRowPerMeasureIndicatorAndGroup() {
        // 3 groups × (indicator 1: 14 + 14 + 4 headcount cells; 2: 2; 3: 1; 4: 1; 5–8: 2 each; 9: 4 seats)
        #expect(Self.lines.count == 1 + 3 * (32 + 2 + 1 + 1 + 8 + 4))
        #expect(Self.lines.first == ReturnFixture.header)
        #expect(Self.template.hasSuffix("\r\n"))
        #expect(Self.lines.dropFirst().allSatisfy { $0.hasPrefix("DEMO1,2024,WRES,") && $0.hasSuffix(",") })
    }

    @Test(arguments: 5...8)
    func listsSurveyMeasuresOncePerSurveyIndicator(_ indicator: Int) {
        for measure in ["survey-respondents", "survey-yes"] {
            let rows = Self.lines.filter { $0.contains(",\(indicator),\(measure),") }
            #expect(rows == ["white", "bme", "unknown"].map { "DEMO1,2024,WRES,\(indicator),\(measure),\($0)," })
        }
    }

    @Test func parsesBackCleanlyToNoRows() {
        let result = ReturnFixture.parseWRES(Self.template)
        #expect(ReturnFixture.issues(result).isEmpty)
        #expect((try? result.get()) == [])
    }

    @Test func everyTemplateRowIsValidOnceFilledIn() throws {
        // given: a count of 1 in every row, which satisfies every cross-row check
        let filled = Self.lines.dropFirst().map { $0 + "1" }
        let text = ([ReturnFixture.header] + filled).joined(separator: "\n")
        // when
        let rows = try ReturnFixture.parseWRES(text).get()
        // then
        #expect(rows.count == 144)
        #expect(Set(rows.map(\.measure)) == Set(Measure.allWRES))
    }

    @Test func quotesAnOrganisationThatNeedsIt() {
        let template = ReturnTemplate.wres(exampleOrganisation: "A,B", year: 2024)
        #expect(template.contains("\r\n\"A,B\",2024,WRES,1,headcount:non-clinical:under-1,white,\r\n"))
    }
}
