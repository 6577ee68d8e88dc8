import Fluent
import Foundation
import ParityCore

/// Reads and saves EDS 2022 assessments; every save is audited in the same transaction.
struct EDSStore {
    let database: Database

    /// Every year's assessment of `scope`, oldest first.
    func records(_ scope: EDSScope) async throws -> [EDSRecord] {
        try await EDSAssessmentRow.query(on: database)
            .filter(\.$scopeKind == scope.kind).filter(\.$scopeCode == scope.code)
            .sort(\.$year).all().map { try $0.record() }
    }

    /// Every scope's assessment of `year`.
    func records(year: Int) async throws -> [EDSRecord] {
        try await EDSAssessmentRow.query(on: database).filter(\.$year == year).all().map { try $0.record() }
    }

    /// The years with any assessment, newest first.
    func years() async throws -> [Int] {
        Array(Set(try await EDSAssessmentRow.query(on: database).all(\.$year))).sorted(by: >)
    }

    /// Stores `submission` as `scope`'s assessment of its year, replacing an earlier one, and
    /// records the change (with the values it replaced) in the audit log. Throws
    /// `ParityError.invalidInput` unless the ratings are a full EDS 2022 assessment.
    func save(_ submission: EDSSubmission, scope: EDSScope, actor: String, now: Date) async throws {
        _ = try EDSAssessment.validated(scores: submission.ratings, bands: EDSSettings.bands)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try await database.transaction { database in
            let existing = try await EDSAssessmentRow.query(on: database)
                .filter(\.$scopeKind == scope.kind).filter(\.$scopeCode == scope.code)
                .filter(\.$year == submission.year).first()
            let before = try existing.map { row in
                EDSSubmission(year: row.year, ratings: try JSONDecoder().decode([String: Int].self, from: Data(row.ratings.utf8)),
                              evidence: try JSONDecoder().decode([String: String].self, from: Data(row.evidence.utf8)),
                              ratedBy: row.ratedBy, networkTookPart: row.networkTookPart)
            }
            let row = existing ?? EDSAssessmentRow()
            row.scopeKind = scope.kind
            row.scopeCode = scope.code
            row.year = submission.year
            row.ratings = String(decoding: try encoder.encode(submission.ratings), as: UTF8.self)
            row.evidence = String(decoding: try encoder.encode(submission.evidence), as: UTF8.self)
            row.ratedBy = submission.ratedBy
            row.networkTookPart = submission.networkTookPart
            row.recordedBy = actor
            row.recordedAt = now
            try await row.save(on: database)
            try await AuditLog(database: database, actor: actor, now: now)
                .record(before == nil ? .edsRecorded : .edsChanged, subject: scope.subject(year: submission.year), before: before, after: submission)
        }
    }
}
