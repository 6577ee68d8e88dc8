import Fluent
import Foundation
import ParityCore

/// Raises challenges and moves them through their life cycle (`ChallengeLifecycle`), each
/// change audited in the same transaction.
struct ChallengeStore {
    let database: Database
    let actor: String
    let now: Date

    /// The bodies a challenge may be raised to: the regional People Board and each system's.
    func challengeableBodies() async throws -> [BodyRow] {
        try await BodyRow.query(on: database).filter(\.$kind == BodyKind.peopleBoard.rawValue)
            .filter(\.$status != BodyStatus.stoodDown.rawValue).sort(\.$level).sort(\.$name).all()
            .filter { $0.level == BodyLevel.region.rawValue || $0.level == BodyLevel.system.rawValue }
    }

    func raise(body: BodyRow, subject: ChallengeSubject, text: String, due: Date) async throws -> UUID {
        try await database.transaction { database in
            let row = ChallengeRow()
            row.bodyID = try body.requireID()
            row.subject = subject.rawValue
            row.text = text
            row.raisedBy = actor
            row.raisedAt = now
            row.dueAt = due
            try await row.create(on: database)
            try await AuditLog(database: database, actor: actor, now: now)
                .record(.challengeRaised, subject: "challenge:\(try row.requireID().uuidString)", after: ["body": body.name, "due": ISODay.format(due)])
            return try row.requireID()
        }
    }

    func respond(_ row: ChallengeRow, response: String, evidence: String?) async throws {
        try Self.allow(.respond, row)
        try await save(row, action: .challengeResponded) {
            $0.response = response
            $0.evidence = evidence
            $0.respondedBy = actor
            $0.respondedAt = now
        }
    }

    func rate(_ row: ChallengeRow, rating: ChallengeRating, reason: String?) async throws {
        try Self.allow(.rate, row)
        try await save(row, action: .challengeRated) {
            $0.rating = rating.rawValue
            $0.ratingReason = reason
            $0.closedAt = now
        }
    }

    func escalate(_ row: ChallengeRow, reason: String?) async throws {
        guard ChallengeLifecycle.canEscalate(row.facts, now: now) else {
            throw ParityError.conflict("This challenge can be escalated once the body has responded, or once its response is overdue.")
        }
        try await save(row, action: .challengeEscalated) {
            $0.escalatedAt = now
            $0.ratingReason = reason ?? $0.ratingReason
        }
    }

    func addNote(_ row: ChallengeRow, text: String) async throws {
        try Self.allow(.addNote, row)
        try await database.transaction { database in
            let note = ChallengeNoteRow()
            note.challengeID = try row.requireID()
            note.author = actor
            note.postedAt = now
            note.text = text
            try await note.create(on: database)
            try await AuditLog(database: database, actor: actor, now: now).record(.challengeNoted, subject: "challenge:\(try row.requireID().uuidString)")
        }
    }

    private static func allow(_ action: ChallengeAction, _ row: ChallengeRow) throws {
        if let problem = ChallengeLifecycle.check(action, row.facts) { throw ParityError.conflict(problem.message) }
    }

    private func save(_ row: ChallengeRow, action: AuditLog.Action, _ change: (ChallengeRow) -> Void) async throws {
        let before = ChallengeAuditRecord(row)
        change(row)
        try await database.transaction { database in
            try await row.save(on: database)
            try await AuditLog(database: database, actor: actor, now: now)
                .record(action, subject: "challenge:\(try row.requireID().uuidString)", before: before, after: ChallengeAuditRecord(row))
        }
    }
}

/// What the audit log keeps of a challenge's changing parts.
struct ChallengeAuditRecord: Encodable {
    var response: String?
    var evidence: String?
    var rating: String?
    var ratingReason: String?
    var closedAt: Date?
    var escalatedAt: Date?

    init(_ row: ChallengeRow) {
        response = row.response
        evidence = row.evidence
        rating = row.rating
        ratingReason = row.ratingReason
        closedAt = row.closedAt
        escalatedAt = row.escalatedAt
    }
}

extension ChallengeRow {
    /// The dates and rating the life cycle reads.
    var facts: ChallengeFacts {
        ChallengeFacts(raisedAt: raisedAt, dueAt: dueAt, respondedAt: respondedAt, rating: rating.flatMap(ChallengeRating.init(rawValue:)),
                       closedAt: closedAt, escalatedAt: escalatedAt)
    }
}
