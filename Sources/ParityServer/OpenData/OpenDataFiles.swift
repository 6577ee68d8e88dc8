import Vapor
import Foundation
import ParityCore

/// A year's open data as files: the document as JSON, and the same figures as CSV, one row
/// per figure (`OpenDataFigures`), each with its SHA-256 so a reader can check a download.
struct OpenDataFiles: Sendable {
    var json: Data
    var csv: Data

    var jsonSHA256: String { SHA256.hash(data: json).hexString }
    var csvSHA256: String { SHA256.hash(data: csv).hexString }

    /// The CSV's columns, in order.
    static let csvHeader = ["year", "standard", "scope", "code", "name", "system", "indicator", "figure", "value"]

    init(_ document: JSONValue) throws {
        json = try document.encoded()
        var lines = [CSVWriter.line(Self.csvHeader)]
        for figure in OpenDataFigures.rows(of: document) {
            // Text is made safe for spreadsheets; numbers are written as numbers, negatives included.
            let cells = [String(figure.year), figure.standard, figure.scope, figure.code, figure.name, figure.system,
                         figure.indicator, figure.figure].map(CSVWriter.neutralised) + [figure.isText ? CSVWriter.neutralised(figure.value) : figure.value]
            lines.append(CSVWriter.line(cells))
        }
        csv = Data(("\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    init(json: Data, csv: Data) {
        self.json = json
        self.csv = csv
    }
}
