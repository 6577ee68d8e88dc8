import Fluent
import Foundation

/// One EDS 2022 assessment of an organisation or a system for one year. The ratings and the
/// evidence notes are stored as JSON objects keyed by outcome code ("1A" … "3C"), because they
/// are always read whole; scores and the band are never stored, so a change of bands re-bands
/// every year. A later save for the same scope and year replaces the row (the audit log keeps
/// the earlier values).
final class EDSAssessmentRow: Model, @unchecked Sendable {
    static let schema = "eds_assessments"

    @ID var id: UUID?
    @Field(key: "scope_kind") var scopeKind: String
    @Field(key: "scope_code") var scopeCode: String
    @Field(key: "year") var year: Int
    @Field(key: "ratings") var ratings: String
    @Field(key: "evidence") var evidence: String
    @Field(key: "rated_by") var ratedBy: String
    @Field(key: "network_took_part") var networkTookPart: Bool
    @Field(key: "recorded_by") var recordedBy: String
    @Field(key: "recorded_at") var recordedAt: Date

    init() {}
}
