import Foundation
import ParityCore
import Testing
import ZIPFoundation
@testable import ParityWorkbook

/// What Parity writes, Parity (and any spreadsheet) reads back to the same cells.
@Suite struct XLSXRoundTripTests {
    static func sample() -> Workbook {
        var first = Worksheet(name: "Instructions", columnWidths: [1: 20], frozenRows: 1)
        first.setRow(1, [.text("Title & <more> \"quoted\" 'text'")], style: .title)
        first.setRow(2, [.text("=SUM(A1:A2)"), .number(12), .number(-3.25), .text("  spaced  ")], style: .input)
        first.setRow(4, [.text("tab\tand\nnew line"), .text("é ✓ 漢字 🙂")])
        var second = Worksheet(name: "Indicator 2", countRanges: [CellRange(CellAddress(row: 5, column: 3), CellAddress(row: 6, column: 5))])
        second.setRow(5, [.number(1_234_567), .number(0.1)], style: .heading)
        second.cells[CellAddress(row: 30, column: 28)] = SheetCell(.text("far away"))
        return Workbook(sheets: [first, second])
    }

    @Test func aWorkbookReadsBackToTheSameCells() throws {
        // given
        let workbook = Self.sample()
        // when
        let read = try XLSXReader().read(Array(try XLSXWriter.data(workbook)))
        // then
        #expect(read.sheets.map(\.name) == workbook.sheets.map(\.name))
        for (written, back) in zip(workbook.sheets, read.sheets) {
            let expected = written.cells.filter { !$0.value.value.text.isEmpty }.mapValues(\.value)
            #expect(back.cells.mapValues(\.value) == expected)
        }
    }

    @Test func theSameWorkbookAlwaysGivesTheSameBytes() throws {
        #expect(try XLSXWriter.data(Self.sample()) == XLSXWriter.data(Self.sample()))
    }

    @Test func textIsNeverWrittenAsAFormula() throws {
        let bytes = try XLSXWriter.data(Self.sample())
        let sheet = try #require(try ArchivePart.text("xl/worksheets/sheet1.xml", of: Array(bytes)))
        #expect(!sheet.contains("<f>"))
        #expect(sheet.contains(#"t="inlineStr"><is><t xml:space="preserve">=SUM(A1:A2)</t>"#))
    }

    @Test func controlCharactersThatXMLCannotHoldAreDropped() throws {
        var sheet = Worksheet(name: "S")
        sheet.setRow(1, [.text("a\u{0}b\u{1B}[31mc")])
        let read = try XLSXReader().read(Array(try XLSXWriter.data(Workbook(sheets: [sheet]))))
        #expect(read.sheets[0].text(CellAddress(row: 1, column: 1)) == "ab[31mc")
    }

    @Test(arguments: ["", "a/b", "[x]", "thirty-two characters long name!"])
    func anInvalidSheetNameIsRefused(_ name: String) {
        #expect(throws: XLSXWriter.Failure.self) { try XLSXWriter.data(Workbook(sheets: [Worksheet(name: name)])) }
    }
}

enum ArchivePart {
    /// One part of an archive as text, for tests that look inside what was written.
    static func text(_ path: String, of bytes: [UInt8]) throws -> String? {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        guard let entry = archive[path] else { return nil }
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }
}
