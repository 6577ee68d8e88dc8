import Foundation
import ParityCore

struct OpenDataPage: Encodable {
    var chrome: PageChrome
    var years: [OpenDataYearView]
    /// Whether the reader may close a year (regional admins).
    var canClose: Bool
    var publicationRule: String
    var dictionaryHref: String
    var apiHref: String
}

struct OpenDataYearView: Encodable {
    var year: Int
    var anchor: String
    var isClosed: Bool
    var closedOn: String?
    var csvHref: String
    var jsonHref: String
    var csvSize: String?
    var jsonSize: String?
    var csvSHA256: String?
    var jsonSHA256: String?
    var closeHref: String

    init(_ year: OpenDataStore.Year) {
        self.year = year.year
        anchor = "year-\(year.year)"
        isClosed = year.release != nil
        closedOn = year.release.map { DisplayDate.date($0.closedAt) }
        csvHref = SitePath.openDataFile(year.year, "csv").href
        jsonHref = SitePath.openDataFile(year.year, "json").href
        csvSize = year.release.map { Self.size($0.csvBytes) }
        jsonSize = year.release.map { Self.size($0.jsonBytes) }
        csvSHA256 = year.release?.csvSHA256
        jsonSHA256 = year.release?.jsonSHA256
        closeHref = SitePath.openDataClose(year.year).href
    }

    /// "2.4 MB", "812 KB".
    static func size(_ bytes: Int) -> String {
        bytes >= 1_000_000 ? String(format: "%.1f MB", Double(bytes) / 1_000_000) : "\(max(1, (bytes + 999) / 1_000)) KB"
    }
}

struct OpenDataDictionaryPage: Encodable {
    struct Column: Encodable {
        var name: String
        var meaning: String
    }

    struct Figure: Encodable {
        var standard: String
        var indicators: String
        var figure: String
        var type: String
        var meaning: String
    }

    var chrome: PageChrome
    var columns: [Column]
    var figures: [Figure]
    var csvHref: String
}
