import Testing
@testable import ParityCore

struct WDESReturnTemplateTests {
    static let template = ReturnTemplate.csv(standard: .wdes, organisation: "DEMO1", year: 2024)

    static var lines: [String] {
        template.split(separator: "\r\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    /// The `indicator` cell of each data row.
    static var metrics: [String] { lines.dropFirst().map { String($0.split(separator: ",")[3]) } }

    @Test func hasTheHeaderAndOneRowPerMetricMeasureAndGroup() {
        // 3 groups × (metric 1: 5 + 5 + 3 clusters; 2: 2; 3: 1; 4a-i…7: 7 metrics × 2; 9a: 2; 10: 4 seats)
        // + 8: 2 measures for Disabled staff only + 9b: 1
        #expect(Self.lines.count == 1 + 3 * (13 + 2 + 1 + 14 + 2 + 4) + 2 + 1)
        #expect(Self.lines.first == ReturnFixture.header)
        #expect(Self.template.hasSuffix("\r\n"))
        #expect(Self.lines.dropFirst().allSatisfy { $0.hasPrefix("DEMO1,2024,WDES,") && $0.hasSuffix(",") })
    }

    @Test func listsTheMetricsInOrder() {
        var distinct: [String] = []
        for metric in Self.metrics where distinct.last != metric { distinct.append(metric) }
        #expect(distinct == WDESMetric.allCases.map(\.rawValue))
        #expect(Self.lines[1] == "DEMO1,2024,WDES,1,cluster-headcount:non-clinical:afc-1-4,disabled,")
        #expect(Self.lines.last == "DEMO1,2024,WDES,10,board:non-voting-non-executive,unknown,")
    }

    @Test func metric9bHasOneRowForTheDisabledGroup() {
        #expect(Self.lines.filter { $0.contains(",9b,") } == ["DEMO1,2024,WDES,9b,action-taken,disabled,"])
    }

    @Test func metric9aHasRespondentsAndScoreSums() {
        #expect(Self.lines.filter { $0.contains(",9a,") && $0.hasSuffix(",disabled,") }
            == ["DEMO1,2024,WDES,9a,survey-respondents,disabled,", "DEMO1,2024,WDES,9a,engagement-score-sum,disabled,"])
    }

    @Test func parsesBackCleanlyToNoRows() throws {
        let file = try ReturnFixture.parseFile(Self.template).get()
        #expect(file == ParsedReturnFile())
        #expect(file.returnKeys.isEmpty)
    }

    @Test func everyTemplateRowIsValidOnceFilledIn() throws {
        // given: a count of 1 in every row, which satisfies every cross-row check and 9b's yes/no
        let filled = Self.lines.dropFirst().map { $0 + "1" }
        let text = ([ReturnFixture.header] + filled).joined(separator: "\n")
        // when
        let file = try ReturnFixture.parseFile(text).get()
        // then
        #expect(file.wdes.count == 111)
        #expect(Set(file.wdes.map(\.measure)) == Set(WDESMeasure.allWDES))
        #expect(Set(file.wdes.map(\.metric)) == Set(WDESMetric.allCases))
        #expect(file.returnKeys == [ReturnKey(organisation: "DEMO1", year: 2024, standard: .wdes)])
    }

    @Test func theWRESTemplateIsReachableByStandardToo() {
        #expect(ReturnTemplate.csv(standard: .wres, organisation: "DEMO1", year: 2024) == ReturnTemplateTests.template)
    }

    @Test func bothFilledTemplatesParseAsOneFile() throws {
        let wres = ReturnTemplate.csv(standard: .wres, organisation: "DEMO1", year: 2024)
        let wdes = ReturnTemplate.csv(standard: .wdes, organisation: "DEMO2", year: 2025)
        let rows = (wres + wdes).split(separator: "\r\n").map(String.init).filter { $0 != ReturnFixture.header }
        let text = ([ReturnFixture.header] + rows.map { $0 + "2" }).joined(separator: "\n")
        let issues = ReturnFixture.issues(ReturnFixture.parseFile(text))
        // 9b is a yes/no answer, so a 2 there is the only problem: the header, 144 WRES rows,
        // 98 WDES rows of metrics 1 to 9a (8 for Disabled staff only), then 9b.
        let line9b = 1 + 144 + 98 + 1
        #expect(ReturnFileParserTests.located(issues) == ["actionTakenNotYesOrNo \(line9b) count"])
    }
}
