import Foundation
import ParityCore
import Testing
@testable import ParityWorkbook

/// Files built to hurt the reader end in a refusal, never a crash, a hang or a huge allocation.
@Suite struct XLSXHostileTests {
    static func failure(_ bytes: [UInt8], limits: XLSXReader.Limits = XLSXReader.Limits()) -> XLSXReader.Failure? {
        do {
            _ = try XLSXReader(limits: limits).read(bytes)
            return nil
        } catch {
            return error
        }
    }

    static func isUnreadable(_ failure: XLSXReader.Failure?) -> Bool {
        if case .unreadable? = failure { true } else { false }
    }

    static func isTooLarge(_ failure: XLSXReader.Failure?) -> Bool {
        if case .tooLarge? = failure { true } else { false }
    }

    @Test(arguments: [[], Array("organisation,year\n".utf8), [0x50, 0x4B, 0x03, 0x04, 0, 0, 0], Array(repeating: 0xFF, count: 4096)])
    func somethingThatIsNotAWorkbookIsUnreadable(_ bytes: [UInt8]) {
        #expect(Self.isUnreadable(Self.failure(bytes)))
    }

    @Test func aZIPArchiveWithoutAWorkbookIsUnreadable() throws {
        let bytes = try XLSXFixture.zip([("content.xml", Data("<office/>".utf8))])
        let failure = Self.failure(bytes)
        #expect(Self.isUnreadable(failure))
        #expect(failure?.description.contains("xl/workbook.xml") == true)
    }

    @Test func aSheetWhosePartIsMissingIsUnreadable() throws {
        let bytes = try XLSXFixture.zip([
            ("xl/workbook.xml", Data(XLSXFixture.workbook(sheets: ["Gone"]).utf8)),
            ("xl/_rels/workbook.xml.rels", Data(XLSXFixture.relationships(sheets: 1).utf8)),
        ])
        #expect(Self.failure(bytes)?.description.contains("'Gone'") == true)
    }

    @Test func malformedXMLIsUnreadable() throws {
        let bytes = try XLSXFixture.bytes(sheets: [("S", "<row><c r=\"A1\"><v>1</v></row>")])
        #expect(Self.isUnreadable(Self.failure(bytes)))
    }

    @Test func aDocumentTypeDeclarationIsRefusedBeforeParsing() throws {
        // The "billion laughs": entities that expand to gigabytes if a parser resolves them.
        let laughs = #"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">"#
            + #"<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>"#
            + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row><c t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>"#
        let bytes = try XLSXFixture.zip([
            ("xl/workbook.xml", Data(XLSXFixture.workbook(sheets: ["S"]).utf8)),
            ("xl/_rels/workbook.xml.rels", Data(XLSXFixture.relationships(sheets: 1).utf8)),
            ("xl/worksheets/sheet1.xml", Data(laughs.utf8)),
        ])
        let failure = Self.failure(bytes)
        #expect(Self.isUnreadable(failure))
        #expect(failure?.description.contains("document type") == true)
    }

    @Test func aPartThatUnpacksBeyondTheLimitIsRefused() throws {
        // given: a sheet of 4 MiB of spaces, which deflates to a few kilobytes (a small ZIP bomb)
        let padding = String(repeating: " ", count: 4 * 1024 * 1024)
        let bytes = try XLSXFixture.bytes(sheets: [("S", "<row>\(padding)</row>")])
        var limits = XLSXReader.Limits()
        limits.maximumPartBytes = 1024 * 1024
        // when
        let failure = Self.failure(bytes, limits: limits)
        // then
        #expect(bytes.count < 64 * 1024)
        #expect(Self.isTooLarge(failure))
    }

    @Test func aPartWhoseHeaderUnderstatesItsSizeIsStillStoppedAtTheLimit() throws {
        // given: the central directory claims the sheet unpacks to 100 bytes
        let padding = String(repeating: " ", count: 3 * 1024 * 1024)
        var bytes = try XLSXFixture.bytes(sheets: [("S", "<row>\(padding)</row>")])
        let path = Array("xl/worksheets/sheet1.xml".utf8)
        let central: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
        for index in 0..<(bytes.count - 46) where Array(bytes[index..<index + 4]) == central && Array(bytes[index + 46..<min(index + 46 + path.count, bytes.count)]) == path {
            bytes.replaceSubrange(index + 24..<index + 28, with: [100, 0, 0, 0])
        }
        var limits = XLSXReader.Limits()
        limits.maximumPartBytes = 1024 * 1024
        // when
        let failure = Self.failure(bytes, limits: limits)
        // then: refused, by the count of bytes actually unpacked or as damaged
        #expect(failure != nil)
    }

    @Test func tooManyCellsAreRefused() throws {
        let rows = (1...30).map { #"<row r="\#($0)"><c r="A\#($0)"><v>\#($0)</v></c></row>"# }.joined()
        let bytes = try XLSXFixture.bytes(sheets: [("S", rows)])
        var limits = XLSXReader.Limits()
        limits.maximumCells = 20
        #expect(Self.isTooLarge(Self.failure(bytes, limits: limits)))
        #expect(Self.failure(bytes) == nil)
    }

    @Test func aCellOutsideTheSheetIsUnreadable() throws {
        let bytes = try XLSXFixture.bytes(sheets: [("S", #"<row r="1"><c r="ZZZZ1"><v>1</v></c></row>"#)])
        #expect(Self.isUnreadable(Self.failure(bytes)))
    }

    @Test func aSharedStringThatDoesNotExistIsUnreadable() throws {
        let bytes = try XLSXFixture.bytes(sheets: [("S", #"<row r="1"><c r="A1" t="s"><v>5</v></c></row>"#)],
                                          sharedStrings: #"<sst><si><t>only</t></si></sst>"#)
        #expect(Self.isUnreadable(Self.failure(bytes)))
    }

    @Test func tooManyEntriesAreRefused() throws {
        let parts = (0..<40).map { ("junk/\($0).txt", Data("x".utf8)) }
        let bytes = try XLSXFixture.zip(parts)
        var limits = XLSXReader.Limits()
        limits.maximumEntries = 30
        #expect(Self.isTooLarge(Self.failure(bytes, limits: limits)))
    }

    @Test func truncatedAndMutatedWorkbooksNeverCrashTheReader() throws {
        // given: a real template
        let valid = Array(try XLSXWriter.data(ReturnWorkbook.template(standard: .wres, organisation: "R0A", year: 2026)))
        var generator = SeededGenerator(state: 9)
        // when: every prefix length in steps, and 300 files with random bytes changed
        for length in stride(from: 0, to: valid.count, by: max(1, valid.count / 60)) {
            _ = Self.failure(Array(valid.prefix(length)))
        }
        for _ in 0..<300 {
            var mutated = valid
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                mutated[Int.random(in: 0..<mutated.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            _ = Self.failure(mutated)
        }
        // then: reaching here is the test; the valid file still reads
        #expect(Self.failure(valid) == nil)
    }

    @Test func anUnreadableWorkbookUploadIsOneWholeFileIssue() throws {
        let context = ReturnValidationContext(knownOrganisations: ["R0A"], currentYear: 2026)
        let result = ReturnFileParser().parseXLSX(Array("PK\u{3}\u{4}not really".utf8), fileName: "return.xlsx", context: context)
        guard case let .failure(failure) = result else { Issue.record("a broken workbook was accepted"); return }
        #expect(failure.issues.map(\.kind) == [.unreadableWorkbook])
        #expect(failure.issues[0].description.hasPrefix("return.xlsx: "))
    }

    @Test func theFilledTemplateImportsThroughTheCodec() throws {
        // given
        var workbook = ReturnWorkbook.template(standard: .wres, organisation: "R0A", year: 2026)
        let index = workbook.sheets.firstIndex { $0.name == "Indicator 2" }!
        workbook.sheets[index].cells[CellAddress(row: 5, column: 3)] = SheetCell(.number(40))
        workbook.sheets[index].cells[CellAddress(row: 6, column: 3)] = SheetCell(.number(41))
        let bytes = Array(try XLSXWriter.data(workbook))
        let context = ReturnValidationContext(knownOrganisations: ["R0A"], currentYear: 2026)
        // when
        let result = ReturnFileParser().parseXLSX(bytes, fileName: "return.xlsx", context: context)
        // then
        guard case let .failure(failure) = result else { Issue.record("appointed > shortlisted was accepted"); return }
        #expect(failure.report == "return.xlsx:Indicator 2!C6: appointed 41 is more than shortlisted 40 (Indicator 2!C5) for White applicants of R0A in 2026; expected at most 40, as people are appointed from those shortlisted")
    }
}
