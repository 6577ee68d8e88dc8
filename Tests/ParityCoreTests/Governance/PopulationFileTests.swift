import Testing
@testable import ParityCore

struct PopulationFileTests {
    static let header = "area_code,area_name,group,count,source"

    @Test func readsQuotesBOMAndCRLF() throws {
        let csv = "\u{FEFF}" + Self.header + "\r\n"
            + "E06000001,\"Hartle, pool\",white,800,Census 2021\r\n"
            + "E06000001,\"Hartle, pool\",bme,150,\"Census 2021, \"\"TS021\"\"\"\r\n"
            + "\r\n"
            + "E06000002,Redcar,unknown,0,Census 2021,,\r\n"
        let records = try PopulationFile.parse(csv: csv, fileName: "pop.csv").get()
        #expect(records == [
            PopulationRecord(areaCode: "E06000001", areaName: "Hartle, pool", group: .white, count: 800, source: "Census 2021"),
            PopulationRecord(areaCode: "E06000001", areaName: "Hartle, pool", group: .bme, count: 150, source: "Census 2021, \"TS021\""),
            PopulationRecord(areaCode: "E06000002", areaName: "Redcar", group: .unknown, count: 0, source: "Census 2021"),
        ])
    }

    @Test(arguments: [
        ("", ["pop.csv: the file is empty; expected the header area_code,area_name,group,count,source followed by one row per area and group"]),
        ("area,name,group,count,source\nA,Alpha,bme,1,C\n", ["pop.csv:1: the header is 'area,name,group,count,source'; expected area_code,area_name,group,count,source"]),
        (header + "\n", ["pop.csv: the file has a header but no rows; expected one row per area and group"]),
        (header + "\nA,\"Alpha,bme,1,C\n", ["pop.csv:2:area_name: a quoted cell opened on this row is never closed, so the rest of the file could not be read; a quote inside a quoted cell must be written twice (\"\")"]),
    ])
    func wholeFileProblems(csv: String, expected: [String]) {
        #expect(Self.problems(csv) == expected)
    }

    /// Every problem of a file is reported at once, in row order.
    @Test func collectsEveryProblem() {
        let csv = [
            Self.header,
            "A,Alpha,white,100,Census 2021", // 2: fine
            "A,Alpha,bme,5", // 3: four cells
            "A,Alpha,Asian,5,Census 2021", // 4: unknown group
            "A,Alpha,BME,5,Census 2021", // 5: groups are exact
            "B,Beta,bme,12.5,Census 2021", // 6: not a whole number
            "B,Beta,white,-3,Census 2021", // 7: negative
            "A,Alpha,white,90,Census 2021", // 8: duplicate of row 2
            "A,Alfa,bme,7,Census 2021", // 9: a second name for A
            "B,Beta,bme,99999999999999999999,", // 10: too large, blank source
            ",,unknown,1,Census 2021", // 11: blank code and name
        ].joined(separator: "\n")
        #expect(Self.problems(csv) == [
            "pop.csv:3: the row has 4 cells; expected 5 (area_code,area_name,group,count,source)",
            "pop.csv:4:group: the group is 'Asian'; expected exactly white, bme or unknown",
            "pop.csv:5:group: the group is 'BME'; expected exactly white, bme or unknown",
            "pop.csv:6:count: the count is '12.5'; expected a whole number of residents, without separators or decimals",
            "pop.csv:7:count: the count is negative (-3); expected a whole number of residents, 0 or more",
            "pop.csv:8:group: area A already has a white row on row 2; expected one row per area and group",
            "pop.csv:9:area_name: area A is named 'Alpha' on row 2 and 'Alfa' here; expected one name per area",
            "pop.csv:10:count: the count '99999999999999999999' is too large; expected a whole number of residents",
            "pop.csv:10:source: the source is blank; expected where the figure comes from (e.g. Census 2021)",
            "pop.csv:11:area_code: the area code is blank; expected the area's code (e.g. an ONS local authority code)",
            "pop.csv:11:area_name: the area name is blank; expected the area's name",
        ])
    }

    private static func problems(_ csv: String) -> [String] {
        switch PopulationFile.parse(csv: csv, fileName: "pop.csv") {
        case .success: []
        case let .failure(problems): problems.messages
        }
    }
}
