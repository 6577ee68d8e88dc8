import Foundation
import Testing
@testable import ParityCore

@Suite("Reference structure")
struct ReferenceStructureTests {
    @Test func readsTheMidlands() throws {
        let (systems, organisations) = try ReferenceStructure.parse(csv: MidlandsReference.csv(), fileName: "midlands.csv")
        #expect(systems.count == 11)
        #expect(organisations.count == 40)
        #expect(systems.first == ReferenceSystem(code: "QHL", name: "Birmingham and Solihull"))
        #expect(systems.contains(ReferenceSystem(code: "QK1", name: "Leicester, Leicestershire and Rutland")))
        #expect(systems.contains(ReferenceSystem(code: "QOC", name: "Shropshire, Telford and Wrekin")))
        #expect(organisations.first == ReferenceOrganisation(code: "RRK", name: "University Hospitals Birmingham NHS Foundation Trust", systemCode: "QHL"))
        #expect(organisations.last?.code == "RLY")
        #expect(organisations.filter { $0.systemCode == "QUA" }.count == 6)
        #expect(organisations.filter { $0.systemCode == "QK1" }.count == 2)
        #expect(Set(organisations.map(\.systemCode)) == Set(systems.map(\.code)))
        #expect(organisations.allSatisfy { $0.kind == nil })
    }

    @Test func quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws {
        let csv = "\u{FEFF}system_code,system_name,organisation_code,organisation_name\r\n"
            + "Q01,\"Alpha, Beta\",R01,\"The \"\"Quoted\"\" Trust\"\r\n"
            + "\r\n"
            + "Q01,Alpha, Beta ,R02,\"Two\nLines\"\n"
            + " Q02 ,Gamma,R03,Plain Trust"
        // "Alpha, Beta" unquoted is two fields, so row 4 is refused.
        #expect(throws: ReferenceStructureError(fileName: "t.csv", row: 4, problem: .wrongColumnCount(found: 5))) {
            try ReferenceStructure.parse(csv: csv, fileName: "t.csv")
        }

        let fixed = csv.replacingOccurrences(of: "Alpha, Beta ,R02", with: "\"Alpha, Beta\",R02")
        let (systems, organisations) = try ReferenceStructure.parse(csv: fixed, fileName: "t.csv")
        #expect(systems == [ReferenceSystem(code: "Q01", name: "Alpha, Beta"), ReferenceSystem(code: "Q02", name: "Gamma")])
        #expect(organisations.map(\.name) == ["The \"Quoted\" Trust", "Two\nLines", "Plain Trust"])
        #expect(organisations.map(\.systemCode) == ["Q01", "Q01", "Q02"])
    }

    static let header = "system_code,system_name,organisation_code,organisation_name\n"

    static let refusals: [(csv: String, expected: String)] = [
        ("system,name\nQ01,A\n", "x.csv:1: the header must be system_code,system_name,organisation_code,organisation_name, found system,name"),
        (header + "Q01,A,R01,One\nQ01,A,R02\n", "x.csv:3: expected 4 columns, found 3"),
        (header + "Q01,A,R01,One,extra\n", "x.csv:2: expected 4 columns, found 5"),
        (header + "Q01,A,R01,One\nQ01,B,R02,Two\n", "x.csv:3: system Q01 is named \"B\" here but \"A\" earlier"),
        (header + "Q01,A,R01,One\nQ02,B,R02,Two\nQ02,B,R01,Again\n", "x.csv:4: organisation R01 is listed twice (first at row 2)"),
        (header + "Q01,A,,One\n", "x.csv:2: organisation_code is empty"),
        (header + "Q01,\"A,R01,One\n", "x.csv:2: a quoted field is not closed"),
        (header + "Q01,\"A\"x,R01,One\n", "x.csv:2: text follows a closing quote; write a quote inside a quoted field as \"\""),
        (header, "x.csv:1: the file lists no organisations"),
        ("", "x.csv:1: the file lists no organisations"),
        (header + "Q01,\"A\nB\",R01,One\nQ01,\"A\nB\",R01,Two\n", "x.csv:4: organisation R01 is listed twice (first at row 2)"),
    ]

    @Test(arguments: refusals)
    func refusesWithFileAndRow(csv: String, expected: String) {
        do {
            _ = try ReferenceStructure.parse(csv: csv, fileName: "x.csv")
            Issue.record("expected \(expected)")
        } catch {
            #expect(error.description == expected)
        }
    }
}
