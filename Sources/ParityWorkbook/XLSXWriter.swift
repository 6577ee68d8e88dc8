import Foundation
import ParityCore
import ZIPFoundation

/// Writes a `Workbook` as an Office Open XML spreadsheet (.xlsx, ECMA-376): a ZIP archive of
/// the workbook, its styles and one XML part per sheet. Text goes into inline strings, never
/// formulas, so no cell a workbook download holds can run as a formula. The same workbook
/// always gives the same bytes.
public enum XLSXWriter {
    public enum Failure: Error, CustomStringConvertible {
        case invalidSheetName(String)
        case duplicateSheetName(String)

        public var description: String {
            switch self {
            case let .invalidSheetName(name): "'\(name)' cannot name a worksheet: use 1 to 31 characters, none of [ ] : * ? / \\"
            case let .duplicateSheetName(name): "two worksheets are named '\(name)'"
            }
        }
    }

    /// The archive's entries carry this date, so that output does not depend on the clock.
    static let entryDate = Date(timeIntervalSince1970: 1_577_836_800)  // 2020-01-01

    public static func data(_ workbook: Workbook) throws -> Data {
        var names = Set<String>()
        for sheet in workbook.sheets {
            guard SheetName.isValid(sheet.name) else { throw Failure.invalidSheetName(sheet.name) }
            guard names.insert(sheet.name.lowercased()).inserted else { throw Failure.duplicateSheetName(sheet.name) }
        }
        let archive = try Archive(accessMode: .create)
        var parts: [(String, String)] = [
            ("[Content_Types].xml", SpreadsheetParts.contentTypes(sheets: workbook.sheets.count)),
            ("_rels/.rels", SpreadsheetParts.packageRelationships),
            ("xl/workbook.xml", SpreadsheetParts.workbook(names: workbook.sheets.map(\.name))),
            ("xl/_rels/workbook.xml.rels", SpreadsheetParts.workbookRelationships(sheets: workbook.sheets.count)),
            ("xl/styles.xml", SpreadsheetParts.styles),
        ]
        for (index, sheet) in workbook.sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", WorksheetXML.make(sheet, isFirst: index == 0)))
        }
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: entryDate,
                                 compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw Archive.ArchiveError.unwritableArchive }
        return data
    }
}
