import Testing
@testable import ParityCore

@Suite("Reference CSV splitter")
struct ReferenceCSVTests {
    @Test(arguments: [
        ("a,b\nc,d", [["a", "b"], ["c", "d"]]),
        ("a,b\r\nc,d\r\n", [["a", "b"], ["c", "d"]]),
        ("\"a,b\",c", [["a,b", "c"]]),
        ("\"\",x,", [["", "x", ""]]),
        ("\"say \"\"hi\"\"\"", [["say \"hi\""]]),
        ("\n\na\n\n", [["a"]]),
    ])
    func splitsFields(text: String, expected: [[String]]) throws {
        #expect(try ReferenceCSV.records(text).map(\.fields) == expected)
    }

    @Test func recordsStartOnTheirLine() throws {
        let records = try ReferenceCSV.records("h\n\"one\ntwo\"\nthree\n")
        #expect(records.map(\.line) == [1, 2, 4])
    }
}
