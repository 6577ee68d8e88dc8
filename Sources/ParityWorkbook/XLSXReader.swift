import Foundation
import ParityCore
import ZIPFoundation

/// Reads an .xlsx workbook into a `Workbook` of plain cells, within limits that hold whatever
/// the file claims: it is an upload from anyone with an account, so a damaged file, a
/// renamed one, a ZIP bomb or a sheet of a million cells must each end in a clear refusal.
/// Only the parts that hold cells are unpacked (the workbook, its relationships, the shared
/// strings and the sheets), each counted byte by byte as it is inflated.
public struct XLSXReader: Sendable {
    public struct Limits: Sendable {
        /// The most bytes one part may unpack to, whatever its header says.
        public var maximumPartBytes = 32 * 1024 * 1024
        /// The most bytes all the parts read may unpack to together.
        public var maximumTotalBytes = 96 * 1024 * 1024
        public var maximumEntries = 10_000
        public var maximumSheets = 255
        /// The most cells holding something, over all sheets.
        public var maximumCells = 500_000

        public init() {}
    }

    /// Why a file could not be read as a workbook.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// Not an .xlsx file, or a damaged one.
        case unreadable(String)
        /// Larger, unpacked, than any return workbook could be.
        case tooLarge(String)

        public var description: String {
            switch self {
            case let .unreadable(message), let .tooLarge(message): message
            }
        }
    }

    public var limits: Limits

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Whether `bytes` start as a ZIP archive does, as every .xlsx file does.
    public static func looksLikeZIP(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
    }

    public func read(_ bytes: [UInt8]) throws(Failure) -> Workbook {
        // The archive is read from a file of its own: ZIPFoundation's in-memory archives trap
        // when a damaged directory points past the end of the data, where a file reads nothing.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("parity-upload-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: file) }
        let archive: Archive
        do {
            try Data(bytes).write(to: file)
            archive = try Archive(url: file, accessMode: .read)
        } catch {
            throw .unreadable("the file could not be opened as an .xlsx workbook (it is damaged, or another kind of file); expected an Excel workbook (.xlsx) or a CSV file")
        }
        return try read(archive)
    }

    private func read(_ archive: Archive) throws(Failure) -> Workbook {
        var unpacker = PartUnpacker(archive: archive, limits: limits)
        try unpacker.checkEntryCount()
        guard let workbookXML = try unpacker.part("xl/workbook.xml") else {
            throw .unreadable("the file is a ZIP archive without the parts of an Excel workbook (xl/workbook.xml); expected an .xlsx workbook (save an .ods or .numbers file as .xlsx first) or a CSV file")
        }
        let sheets = try WorkbookPartsXML.sheets(workbookXML)
        guard sheets.count <= limits.maximumSheets else {
            throw .tooLarge("the workbook has \(sheets.count) sheets; expected at most \(limits.maximumSheets)")
        }
        var targets: [String: String] = [:]
        if let xml = try unpacker.part("xl/_rels/workbook.xml.rels") { targets = try WorkbookPartsXML.relationships(xml) }
        var sharedStrings: [String] = []
        if let xml = try unpacker.part("xl/sharedStrings.xml") { sharedStrings = try WorkbookPartsXML.sharedStrings(xml) }
        var cellsLeft = limits.maximumCells
        var result: [Worksheet] = []
        for sheet in sheets {
            guard let target = targets[sheet.relationship], target.hasPrefix("xl/worksheets/") else {
                // A chart sheet or dialog sheet holds no cells; it keeps its name so the caller can judge it.
                result.append(Worksheet(name: sheet.name))
                continue
            }
            guard let xml = try unpacker.part(target) else {
                throw .unreadable("the workbook names the sheet '\(sheet.name)' but has no part \(target); the file is damaged: save it again from the spreadsheet")
            }
            let cells = try WorksheetPartXML.cells(xml, part: target, sharedStrings: sharedStrings, cellsLeft: &cellsLeft)
            result.append(Worksheet(name: sheet.name, cells: cells))
        }
        return Workbook(sheets: result)
    }
}

/// Unpacks parts of the archive, counting what they expand to against the limits.
private struct PartUnpacker {
    let archive: Archive
    let limits: XLSXReader.Limits
    var totalBytes = 0

    func checkEntryCount() throws(XLSXReader.Failure) {
        var count = 0
        for _ in archive {
            count += 1
            if count > limits.maximumEntries {
                throw .tooLarge("the workbook archive holds more than \(limits.maximumEntries) files; a return workbook holds a few dozen")
            }
        }
    }

    /// The part's bytes, or nil when the archive has no such part.
    mutating func part(_ path: String) throws(XLSXReader.Failure) -> Data? {
        guard let entry = archive[path] else { return nil }
        let partLimit = limits.maximumPartBytes
        let totalLimit = limits.maximumTotalBytes
        var data = Data()
        var total = totalBytes
        let tooLarge = XLSXReader.Failure.tooLarge(
            "the workbook part \(path) unpacks to more than \(partLimit / 1_048_576) MiB (or the workbook to more than \(totalLimit / 1_048_576) MiB); "
                + "a return workbook is far smaller, so the file was not read")
        guard entry.uncompressedSize <= partLimit else { throw tooLarge }
        do {
            let checksum = try archive.extract(entry) { chunk in
                data.append(chunk)
                total += chunk.count
                if data.count > partLimit || total > totalLimit { throw tooLarge }
            }
            guard checksum == entry.checksum else {
                throw XLSXReader.Failure.unreadable("the workbook part \(path) is damaged (its checksum does not match); save the workbook again from the spreadsheet")
            }
        } catch let failure as XLSXReader.Failure {
            throw failure
        } catch {
            throw .unreadable("the workbook part \(path) could not be unpacked (the file is damaged); save the workbook again from the spreadsheet")
        }
        totalBytes = total
        return data
    }
}
