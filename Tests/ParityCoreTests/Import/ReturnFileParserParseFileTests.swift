import Testing
@testable import ParityCore

/// `parseFile`: WRES, WDES and race × disability rows in one return file.
struct ReturnFileParserParseFileTests {
    typealias Kind = ImportIssue.Kind

    static func wdes(_ metric: WDESMetric, _ measure: WDESMeasure, _ group: PopulationGroup, _ count: Int,
                     _ organisation: String = "DEMO1", _ year: Int = 2024) -> WDESReturnRow {
        WDESReturnRow(organisation: organisation, year: year, metric: metric, measure: measure, group: group, count: count)
    }

    static func intersection(_ indicator: Int, _ measure: Measure, _ group: IntersectionGroup, _ count: Int,
                             _ organisation: String = "DEMO1", _ year: Int = 2024) -> IntersectionReturnRow {
        IntersectionReturnRow(organisation: organisation, year: year, indicator: indicator, measure: measure, group: group, count: count)
    }

    static func located(_ issues: [ImportIssue]) -> [String] { ReturnFileParserTests.located(issues) }

    static func kinds(_ lines: String...) -> [Kind] {
        ReturnFixture.issues(ReturnFixture.parseFile(([ReturnFixture.header] + lines).joined(separator: "\n"))).map(\.kind)
    }

    @Test func validWDESFixtureParsesToItsRowsLeavingOutTheBlankCount() throws {
        let file = try ReturnFixture.parseFile(ReturnFixture.wdesBytes("valid")).get()
        #expect(file.wdes == [
            Self.wdes(.representation, .clusterHeadcount(.clinical, .afc5to7), .disabled, 30),
            Self.wdes(.representation, .clusterHeadcount(.clinical, .afc5to7), .nonDisabled, 270),
            Self.wdes(.appointment, .shortlisted, .disabled, 40),
            Self.wdes(.appointment, .appointed, .disabled, 8),
            Self.wdes(.capability, .enteredCapability, .disabled, 2),
            Self.wdes(.harassmentFromColleagues, .surveyRespondents, .nonDisabled, 200),
            Self.wdes(.harassmentFromColleagues, .surveyYes, .nonDisabled, 34),
            Self.wdes(.engagement, .surveyRespondents, .disabled, 50),
            Self.wdes(.engagement, .engagementScoreSum, .disabled, 32500),
            Self.wdes(.voiceAction, .actionTaken, .disabled, 1),
            Self.wdes(.board, .board(.votingExecutive), .disabled, 1),
        ])
        #expect(file.wres.isEmpty && file.intersection.isEmpty)
        #expect(file.returnKeys == [ReturnKey(organisation: "DEMO1", year: 2024, standard: .wdes)])
        // Not provided is absent, never zero.
        let counts = WDESCounts(Dictionary(uniqueKeysWithValues: file.wdes.map { ($0.key, $0.count) }))
        #expect(counts[.representation, .clusterHeadcount(.medical, .consultant), .unknown] == nil)
        #expect(counts.headcount(of: .disabled) == 30)
    }

    @Test func mixedFileSplitsItsRowsByKindAndListsTheReturnsItTouches() throws {
        let file = try ReturnFixture.parseFile(ReturnFixture.wdesBytes("mixed")).get()
        #expect(file.wres == [ReturnFileParserTests.row(2, .shortlisted, .bme, 30), ReturnFileParserTests.row(2, .appointed, .bme, 6)])
        #expect(file.wdes == [Self.wdes(.appointment, .shortlisted, .disabled, 12, "DEMO2", 2025), Self.wdes(.voiceAction, .actionTaken, .disabled, 0)])
        #expect(file.intersection == [
            Self.intersection(2, .shortlisted, .bmeDisabled, 6),
            Self.intersection(2, .appointed, .bmeDisabled, 1),
            Self.intersection(1, .headcount(.clinical, .band5), .whiteNonDisabled, 100),
            Self.intersection(3, .enteredDisciplinary, IntersectionGroup(rawValue: "unknown+unknown")!, 0, "DEMO2", 2024),
        ])
        // DEMO2 2024 WRES holds only an intersection row; DEMO1 2023 WDES only a blank count.
        #expect(file.returnKeys == [
            ReturnKey(organisation: "DEMO1", year: 2024, standard: .wdes), ReturnKey(organisation: "DEMO1", year: 2024, standard: .wres),
            ReturnKey(organisation: "DEMO2", year: 2024, standard: .wres), ReturnKey(organisation: "DEMO2", year: 2025, standard: .wdes),
        ])
        #expect(file.intersection.map(\.returnKey.standard) == [.wres, .wres, .wres, .wres])
        #expect(file.intersection[0].key == IntersectionCountKey(indicator: 2, measure: .shortlisted, group: .bmeDisabled))
        #expect(file.wdes[1].key == WDESCountKey(metric: .voiceAction, measure: .actionTaken, group: .disabled))
    }

    @Test func aWRESOnlyFileParsesToWRESRowsAndReturnsOnly() throws {
        let bytes = try ReturnFixture.bytes("valid")
        let file = try ReturnFixture.parseFile(bytes).get()
        #expect(file == ParsedReturnFile(wres: ReturnFileParserTests.validRows))
        #expect(file.returnKeys == [ReturnKey(organisation: "DEMO1", year: 2024, standard: .wres), ReturnKey(organisation: "DEMO2", year: 2025, standard: .wres)])
    }

    @Test(arguments: [
        ("disabled", "0", [Kind]()), ("disabled", "1", []), ("disabled", "", []),
        ("disabled", "2", [.actionTakenNotYesOrNo]), ("disabled", "-1", [.negativeCount]), ("disabled", "yes", [.invalidCount]),
        ("non-disabled", "1", [.groupNotValidForMeasure]), ("unknown", "0", [.groupNotValidForMeasure]),
        ("unknown", "5", [.groupNotValidForMeasure, .actionTakenNotYesOrNo]), ("bme", "1", [.unknownGroup]),
    ])
    func metric9bIsOneYesOrNoOnTheDisabledRow(_ group: String, _ count: String, _ expected: [Kind]) {
        #expect(Self.kinds("DEMO1,2024,WDES,9b,action-taken,\(group),\(count)") == expected)
    }

    @Test(arguments: [
        ("disabled", "survey-respondents", [Kind]()), ("disabled", "survey-yes", []),
        ("non-disabled", "survey-respondents", [.groupNotValidForMeasure]), ("non-disabled", "survey-yes", [.groupNotValidForMeasure]),
        ("unknown", "survey-yes", [.groupNotValidForMeasure]),
    ])
    func metric8IsAskedOfDisabledStaffOnly(_ group: String, _ measure: String, _ expected: [Kind]) {
        #expect(Self.kinds("DEMO1,2024,WDES,8,\(measure),\(group),40") == expected)
        // the same measure of another survey metric takes every group
        #expect(Self.kinds("DEMO1,2024,WDES,7,\(measure),\(group),40") == [])
    }

    @Test func metric8ErrorsSayWhereTheyAreAndNothingIsRead() {
        let text = ReturnFileParserTests.data("DEMO1,2024,WDES,8,survey-respondents,disabled,50", "DEMO1,2024,WDES,8,survey-yes,non-disabled,40")
        let result = ReturnFixture.parseFile(text)
        let issues = ReturnFixture.issues(result)
        #expect(Self.located(issues) == ["groupNotValidForMeasure 3 group"])
        #expect(issues.map(\.description) == [
            "returns.csv:3:group: the group 'non-disabled' has no metric 8 row: metric 8 (reasonable adjustments) is asked of Disabled staff only; expected disabled",
        ])
        #expect((try? result.get()) == nil)
    }

    @Test func theWDESTemplateOffersMetric8ForDisabledStaffOnly() {
        let rows = ReturnTemplate.wdes(exampleOrganisation: "DEMO1", year: 2024).split(separator: "\r\n").filter { $0.contains(",WDES,8,") }
        #expect(rows == ["DEMO1,2024,WDES,8,survey-respondents,disabled,", "DEMO1,2024,WDES,8,survey-yes,disabled,"])
        #expect(ReturnWorkbook.measures(.wdes, indicator: "8").map(\.groups) == [[.disabled], [.disabled]])
        #expect(ReturnWorkbook.measures(.wdes, indicator: "7").map(\.groups) == [Standard.wdes.groups, Standard.wdes.groups])
    }

    @Test func metric9bErrorsSayWhereTheyAre() {
        let text = ReturnFileParserTests.data("DEMO1,2024,WDES,9b,action-taken,unknown,3")
        let issues = ReturnFixture.issues(ReturnFixture.parseFile(text))
        #expect(Self.located(issues) == ["groupNotValidForMeasure 2 group", "actionTakenNotYesOrNo 2 count"])
        #expect(issues.map(\.description) == [
            "returns.csv:2:group: the group 'unknown' has no 'action-taken' row: metric 9b is one yes/no answer for the organisation; expected disabled",
            "returns.csv:2:count: the action-taken count '3' is not a yes/no answer; expected 1 when the organisation took action "
                + "to help Disabled staff's voices be heard, 0 when it did not",
        ])
    }

    @Test(arguments: [
        ("1", "cluster-headcount:medical:trainee", [Kind]()), ("1", "cluster-headcount:medical:afc-5-7", [.unknownMeasure]),
        ("1", "cluster-headcount:non-clinical:vsm", []), ("1", "board:voting-executive", [.measureNotValidForIndicator]),
        ("2", "appointed", []), ("3", "entered-capability", []), ("3", "entered-disciplinary", [.unknownMeasure]),
        ("4a-i", "survey-yes", []), ("4b", "survey-respondents", []), ("7", "survey-yes", []), ("8", "survey-yes", []),
        ("9a", "survey-respondents", []), ("9a", "survey-yes", [.measureNotValidForIndicator]),
        ("9b", "survey-yes", [.measureNotValidForIndicator]), ("2", "action-taken", [.measureNotValidForIndicator, .actionTakenNotYesOrNo]),
        ("10", "board:non-voting-non-executive", []), ("10", "board:chair", [.unknownMeasure]),
        ("4A-I", "survey-yes", [.invalidIndicator]), ("11", "survey-yes", [.invalidIndicator]), ("4", "survey-yes", [.invalidIndicator]),
    ])
    func checksTheMeasureBelongsToTheMetric(_ metric: String, _ measure: String, _ expected: [Kind]) {
        #expect(Self.kinds("DEMO1,2024,WDES,\(metric),\(measure),disabled,3") == expected)
    }

    @Test func suggestsTheLowerCaseMetricId() {
        let issues = ReturnFixture.issues(ReturnFixture.parseFile(ReturnFileParserTests.data("DEMO1,2024,WDES,4A-I,survey-yes,disabled,3")))
        #expect(issues.first?.message.hasSuffix("(did you mean '4a-i'?)") == true)
    }

    @Test(arguments: [
        (1, "headcount:medical:trainee", [Kind]()), (2, "shortlisted", []), (2, "appointed", []),
        (3, "entered-disciplinary", []), (4, "accessed-training", []), (1, "survey-yes", [.measureNotValidForIndicator]),
        (5, "survey-respondents", [.intersectionGroupNotAllowed]), (8, "survey-yes", [.intersectionGroupNotAllowed]),
        (9, "board:voting-executive", [.intersectionGroupNotAllowed]),
    ])
    func allowsRaceByDisabilityGroupsForIndicators1To4(_ indicator: Int, _ measure: String, _ expected: [Kind]) {
        for group in IntersectionGroup.all {
            #expect(Self.kinds("DEMO1,2024,WRES,\(indicator),\(measure),\(group.rawValue),3") == expected, "\(group)")
        }
    }

    @Test(arguments: ["bme+", "+disabled", "bme+disabled+x", "disabled+bme", "bme+white", "BME+disabled", "bme + disabled"])
    func refusesTextThatIsNotARaceByDisabilityGroup(_ group: String) {
        #expect(Self.kinds("DEMO1,2024,WRES,2,appointed,\(group),3") == [.unknownGroup])
    }

    @Test func reportsEveryBadCellOfOneWDESRow() {
        let issues = ReturnFixture.issues(ReturnFixture.parseFile(ReturnFileParserTests.data("x,y,WDES,w,v,u,t")))
        #expect(Self.located(issues) == [
            "unknownOrganisation 2 organisation", "invalidYear 2 year", "invalidIndicator 2 indicator",
            "unknownMeasure 2 measure", "unknownGroup 2 group", "invalidCount 2 count",
        ])
    }

    @Test func anUnknownStandardIsJudgedAsWRESAndReportedOnce() {
        #expect(Self.kinds("DEMO1,2024,WDSE,2,appointed,bme+disabled,3") == [.unknownStandard])
        #expect(Self.kinds("DEMO1,2024,WDSE,9,board:voting-executive,bme+disabled,3") == [.unknownStandard])
    }

    @Test(arguments: [
        ("engagement-score-sum", "10000000000", [Kind]()), ("engagement-score-sum", "10000000001", [.countTooLarge]),
        ("survey-respondents", "10000000", []), ("survey-respondents", "10000001", [.countTooLarge]),
    ])
    func scoreSumsMayExceedTheLargestHeadcount(_ measure: String, _ count: String, _ expected: [Kind]) {
        // given: enough respondents for any score sum
        let respondents = measure == "survey-respondents" ? [] : ["DEMO1,2024,WDES,9a,survey-respondents,disabled,10000000"]
        // then
        let lines = respondents + ["DEMO1,2024,WDES,9a,\(measure),disabled,\(count)"]
        let issues = ReturnFixture.issues(ReturnFixture.parseFile(([ReturnFixture.header] + lines).joined(separator: "\n")))
        #expect(issues.map(\.kind) == expected)
        if measure == "engagement-score-sum", let issue = issues.first {
            #expect(issue.message.contains("hundredths of a point from 0 to 10,000,000,000"))
        }
    }

    @Test func crossRowChecksAllowEqualCountsAndStayWithinOneReturnAndKind() throws {
        let text = ReturnFileParserTests.data(
            "DEMO1,2024,WDES,2,shortlisted,disabled,5", "DEMO1,2024,WDES,2,appointed,disabled,5",
            "DEMO1,2024,WRES,2,shortlisted,bme,1", "DEMO1,2024,WRES,2,appointed,bme+disabled,4",
            "DEMO1,2024,WRES,2,shortlisted,bme+non-disabled,3", "DEMO1,2024,WDES,2,appointed,non-disabled,9",
            "DEMO1,2023,WDES,2,shortlisted,non-disabled,1", "DEMO2,2024,WDES,2,shortlisted,non-disabled,1",
            "DEMO1,2024,WDES,5,survey-respondents,unknown,4", "DEMO1,2024,WDES,5,survey-yes,unknown,4",
            "DEMO1,2024,WDES,6,survey-yes,unknown,40", "DEMO1,2024,WDES,8,survey-yes,disabled,40",
            "DEMO1,2024,WDES,1,cluster-headcount:clinical:vsm,disabled,1", "DEMO1,2024,WDES,1,cluster-headcount:medical:trainee,disabled,2",
            "DEMO1,2024,WDES,3,entered-capability,disabled,3", "DEMO1,2024,WDES,3,entered-capability,non-disabled,3",
            "DEMO1,2024,WRES,1,headcount:clinical:vsm,white+disabled,1", "DEMO1,2024,WRES,4,accessed-training,white+disabled,1",
            "DEMO1,2024,WRES,1,headcount:clinical:vsm,white,1", "DEMO1,2024,WRES,4,accessed-training,white,1",
            "DEMO1,2024,WRES,3,entered-disciplinary,white+non-disabled,7", "DEMO1,2024,WDES,9a,engagement-score-sum,disabled,99999"
        )
        let file = try ReturnFixture.parseFile(text).get()
        #expect((file.wres.count, file.wdes.count, file.intersection.count) == (3, 14, 5))
    }

    @Test func theSameCountInAnotherKindOrReturnIsNotADuplicate() throws {
        let text = ReturnFileParserTests.data(
            "DEMO1,2024,WRES,2,appointed,bme,1", "DEMO1,2024,WRES,2,appointed,bme+disabled,1",
            "DEMO1,2024,WRES,2,appointed,bme+non-disabled,1", "DEMO1,2024,WDES,2,appointed,disabled,1",
            "DEMO1,2023,WDES,2,appointed,disabled,1", "DEMO2,2024,WRES,2,appointed,bme+disabled,1",
            "DEMO1,2024,WDES,4a-i,survey-yes,disabled,1", "DEMO1,2024,WDES,4a-ii,survey-yes,disabled,1"
        )
        let file = try ReturnFixture.parseFile(text).get()
        #expect((file.wres.count, file.wdes.count, file.intersection.count) == (1, 4, 3))
    }

    @Test func aBlankCountLaterFilledIsNotADuplicateButTwoFilledAreEvenWithDifferentCounts() {
        let text = ReturnFileParserTests.data(
            "DEMO1,2024,WDES,9b,action-taken,disabled,", "DEMO1,2024,WDES,9b,action-taken,disabled,1",
            "DEMO1,2024,WDES,9b,action-taken,disabled,0"
        )
        let issues = ReturnFixture.issues(ReturnFixture.parseFile(text))
        #expect(Self.located(issues) == ["duplicateRow 4 -"])
        #expect(issues.first?.message.contains("repeats row 3") == true)
    }
}
