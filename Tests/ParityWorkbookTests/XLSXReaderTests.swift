import Foundation
import ParityCore
import Testing
@testable import ParityWorkbook

/// Workbooks as other spreadsheets write them: shared strings, prefixed elements, cells
/// without references, formulas with their saved results, booleans and error values.
@Suite struct XLSXReaderTests {
    @Test func readsTheCellKindsSpreadsheetsWrite() throws {
        // given
        let shared = #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>plain</t></si><si><r><t>rich </t></r><r><t>text</t></r><rPh><t>ignored</t></rPh></si></sst>"#
        let rows = #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1"><v>12</v></c><c r="D1"><v>1.5E1</v></c></row>"#
            + #"<row r="2"><c t="b"><v>1</v></c><c t="e"><v>#DIV/0!</v></c><c><f>SUM(C1:D1)</f><v>27</v></c><c><f>A1</f></c><c t="str"><f>A1</f><v>plain</v></c></row>"#
            + #"<row><c t="inlineStr"><is><t>inline</t></is></c></row>"#
        let bytes = try XLSXFixture.bytes(sheets: [("Data", rows)], sharedStrings: shared)
        // when
        let sheet = try XLSXReader().read(bytes).sheets[0]
        // then
        let texts = Dictionary(uniqueKeysWithValues: sheet.cells.map { ($0.key.description, $0.value.value.text) })
        #expect(texts == ["A1": "plain", "B1": "rich text", "C1": "12", "D1": "15", "A2": "TRUE", "B2": "#DIV/0!",
                          "C2": "27", "D2": "=A1", "E2": "plain", "A3": "inline"])
    }

    @Test func readsElementsWrittenWithANamespacePrefix() throws {
        let xml = #"<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="4"><x:c r="B4"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>"#
        let bytes = try XLSXFixture.zip([
            ("xl/workbook.xml", Data(XLSXFixture.workbook(sheets: ["P"]).utf8)),
            ("xl/_rels/workbook.xml.rels", Data(XLSXFixture.relationships(sheets: 1).utf8)),
            ("xl/worksheets/sheet1.xml", Data(xml.utf8)),
        ])
        let sheet = try XLSXReader().read(bytes).sheets[0]
        #expect(sheet.text(CellAddress(row: 4, column: 2)) == "7")
    }

    @Test func cellAddressesReadAndWriteA1Notation() {
        #expect(CellAddress("C7") == CellAddress(row: 7, column: 3))
        #expect(CellAddress("aa12")?.description == "AA12")
        #expect(CellAddress("XFD1048576") != nil)
        for bad in ["", "7C", "C", "C0", "XFE1", "A1048577", "A-1", "$A$1", "ABCD1"] {
            #expect(CellAddress(bad) == nil, "\(bad)")
        }
        #expect(CellAddress.columnName(28) == "AB")
    }
}
