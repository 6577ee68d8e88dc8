/// The first bytes of the spreadsheet files people upload instead of a CSV export: an .xlsx
/// or .ods workbook is a ZIP archive, an .xls workbook an OLE2 compound file. Naming them
/// turns "not UTF-8 on row 1" into advice a person can act on (issue 12).
enum WorkbookSignature {
    static let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    static let ole2: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Whether `bytes` start as a workbook does.
    static func matches(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: zip) || bytes.starts(with: ole2)
    }
}
