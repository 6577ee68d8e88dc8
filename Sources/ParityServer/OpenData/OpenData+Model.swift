import Fluent
import Foundation

/// A year's open data, frozen when the region closed the year (issue 9): the exact bytes of
/// its CSV and JSON files and their SHA-256 digests. Rows are only ever inserted: a closed
/// year's files never change, whatever is imported or corrected later.
final class OpenDataReleaseRow: Model, @unchecked Sendable {
    static let schema = "open_data_releases"

    @ID var id: UUID?
    @Field(key: "year") var year: Int
    @Field(key: "closed_at") var closedAt: Date
    @Field(key: "closed_by") var closedBy: String
    @Field(key: "csv") var csv: Data
    @Field(key: "csv_sha256") var csvSHA256: String
    /// The sizes, so that the page lists the files without reading them.
    @Field(key: "csv_bytes") var csvBytes: Int
    @Field(key: "json") var json: Data
    @Field(key: "json_sha256") var jsonSHA256: String
    @Field(key: "json_bytes") var jsonBytes: Int

    init() {}

    init(year: Int, closedAt: Date, closedBy: String, files: OpenDataFiles) {
        self.year = year
        self.closedAt = closedAt
        self.closedBy = closedBy
        self.csv = files.csv
        self.csvSHA256 = files.csvSHA256
        self.csvBytes = files.csv.count
        self.json = files.json
        self.jsonSHA256 = files.jsonSHA256
        self.jsonBytes = files.json.count
    }
}
