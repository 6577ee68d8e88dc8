import Testing
@testable import ParityCore

struct CSVWriterTests {
    static let cases: [([String], String)] = [
        (["a", "b"], "a,b"),
        (["", ""], ","),
        ([""], ""),
        (["a,b"], "\"a,b\""),
        (["say \"hi\""], "\"say \"\"hi\"\"\""),
        (["x\ny", "z"], "\"x\ny\",z"),
        (["x\r\ny"], "\"x\r\ny\""),
        ([" lead", "trail "], "\" lead\",\"trail \""),
        (["in side"], "in side"),
        (["é"], "é"),
    ]

    @Test(arguments: cases)
    func quotesOnlyWhenNeeded(_ fields: [String], _ line: String) {
        #expect(CSVWriter.line(fields) == line)
    }

    @Test(arguments: cases)
    func readsBackToTheSameCells(_ fields: [String], _ line: String) throws {
        let records = try CSVReader(Array(line.utf8)).map { try $0.get() }
        // A line of one empty cell is an empty line, which readers skip.
        let expected = fields == [""] ? [] : [fields]
        #expect(records.map(\.fields) == expected)
    }

    @Test(arguments: [("=1+1", "'=1+1"), ("+44", "'+44"), ("-2", "'-2"), ("@A1", "'@A1"), ("\tx", "'\tx"), ("\rx", "'\rx"),
                      ("a=b", "a=b"), ("−2.0", "−2.0"), ("", "")])
    func cellsASpreadsheetWouldRunAreNeutralised(_ cell: String, _ expected: String) {
        #expect(CSVWriter.neutralised(cell) == expected)
    }

    @Test func aSpreadsheetFileHasAByteOrderMarkCRLFAndNoFormulaCells() {
        let file = CSVWriter.spreadsheetFile([["name", "value"], ["=HYPERLINK(\"x\")", "@SUM"]])
        #expect(file == "\u{FEFF}name,value\r\n\"'=HYPERLINK(\"\"x\"\")\",'@SUM\r\n")
    }
}
