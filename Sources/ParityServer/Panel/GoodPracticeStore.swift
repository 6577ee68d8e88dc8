import Fluent
import Foundation
import ParityCore

/// Case studies of good practice, their endorsement by the panel, requests to learn from
/// them, and learning resources by indicator (issue 7, "educate, support, celebrate").
struct GoodPracticeStore {
    let database: Database
    let actor: String
    let now: Date

    struct Submission {
        var scopeKind: String
        var scopeCode: String
        var title: String
        var problem: String
        var action: String
        var result: String
        var indicators: [Int]
        var themes: [VoiceTheme]
        var startedOn: Date
        var contact: String
    }

    func submit(_ s: Submission) async throws -> UUID {
        try await database.transaction { database in
            let row = CaseStudyRow()
            row.scopeKind = s.scopeKind
            row.scopeCode = s.scopeCode
            row.title = s.title
            row.problem = s.problem
            row.action = s.action
            row.result = s.result
            row.indicators = s.indicators.map(String.init).joined(separator: ",")
            row.themes = s.themes.map(\.rawValue).joined(separator: ",")
            row.startedOn = s.startedOn
            row.contact = s.contact
            row.submittedBy = actor
            row.submittedAt = now
            try await row.create(on: database)
            try await AuditLog(database: database, actor: actor, now: now)
                .record(.caseStudySubmitted, subject: "case-study:\(try row.requireID().uuidString)", after: ["title": s.title, "scope": "\(s.scopeKind):\(s.scopeCode)"])
            return try row.requireID()
        }
    }

    func endorse(_ row: CaseStudyRow) async throws {
        guard row.endorsedAt == nil else { return }
        row.endorsedBy = actor
        row.endorsedAt = now
        try await database.transaction { database in
            try await row.save(on: database)
            try await AuditLog(database: database, actor: actor, now: now).record(.caseStudyEndorsed, subject: "case-study:\(try row.requireID().uuidString)")
        }
    }

    /// Records that the asker wants to learn from the case study (once per person).
    func askToLearn(_ row: CaseStudyRow) async throws {
        let id = try row.requireID()
        guard try await LearningRequestRow.query(on: database).filter(\.$caseStudyID == id).filter(\.$asker == actor).first() == nil else { return }
        let request = LearningRequestRow()
        request.caseStudyID = id
        request.asker = actor
        request.askedAt = now
        try await request.create(on: database)
    }

    func hasAsked(_ row: CaseStudyRow) async throws -> Bool {
        try await LearningRequestRow.query(on: database).filter(\.$caseStudyID == row.requireID()).filter(\.$asker == actor).first() != nil
    }

    /// Requests to learn, per case study.
    func learningCounts() async throws -> [UUID: Int] {
        Dictionary(grouping: try await LearningRequestRow.query(on: database).all(), by: \.caseStudyID).mapValues(\.count)
    }

    func addResource(indicator: Int, title: String, url: String) async throws {
        let row = LearningResourceRow()
        row.indicator = indicator
        row.title = title
        row.url = url
        row.addedBy = actor
        row.addedAt = now
        try await database.transaction { database in
            try await row.create(on: database)
            try await AuditLog(database: database, actor: actor, now: now).record(.resourceAdded, subject: "indicator:\(indicator)", after: ["title": title, "url": url])
        }
    }
}

extension CaseStudyRow {
    var indicatorList: [Int] { indicators.split(separator: ",").compactMap { Int($0) } }
    var themeList: [VoiceTheme] { themes.split(separator: ",").compactMap { VoiceTheme(rawValue: String($0)) } }
}
