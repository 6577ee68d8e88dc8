import Fluent
import Foundation

/// One version of an organisation's annual return. Versions are immutable: importing the same
/// organisation, standard and year again adds the next version, and earlier ones stay readable.
/// The counts are kept together as JSON because a return is always read whole and never
/// queried by a single count.
final class ReturnVersionRow: Model, @unchecked Sendable {
    static let schema = "return_versions"

    @ID var id: UUID?
    @Parent(key: "organisation_id") var organisation: OrganisationRow
    @Field(key: "standard") var standard: String
    @Field(key: "year") var year: Int
    @Field(key: "version") var version: Int
    @Field(key: "imported_at") var importedAt: Date
    @Field(key: "source_name") var sourceName: String
    @Field(key: "source_bytes") var sourceBytes: Int
    @Field(key: "source_sha256") var sourceSHA256: String
    @Field(key: "row_count") var rowCount: Int
    /// A WRES return's counts as JSON (`ReturnCountsCoding`), or a WDES return's
    /// (`WDESCountsCoding`, with its metric 9b narrative).
    @Field(key: "counts") var counts: String
    /// A WRES return's race × disability counts (`IntersectionCountsCoding`), when it has any.
    @OptionalField(key: "intersection_counts") var intersectionCounts: String?

    init() {}

    init(organisationID: UUID, standard: String, year: Int, version: Int, importedAt: Date,
         source: ImportSource, rowCount: Int, counts: String, intersectionCounts: String? = nil) {
        self.$organisation.id = organisationID
        self.standard = standard
        self.year = year
        self.version = version
        self.importedAt = importedAt
        self.sourceName = source.name
        self.sourceBytes = source.bytes
        self.sourceSHA256 = source.sha256
        self.rowCount = rowCount
        self.counts = counts
        self.intersectionCounts = intersectionCounts
    }
}

/// What was imported: the file's name, size and checksum, recorded with every version.
struct ImportSource: Sendable, Codable {
    var name: String
    var bytes: Int
    var sha256: String
}
