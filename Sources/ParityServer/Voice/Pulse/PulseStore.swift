import Fluent
import Foundation
import ParityCore

/// A pulse survey with its questions, as the routes read it.
struct PulseSurvey {
    struct Question {
        var position: Int
        var kind: PulseQuestionKind
        var text: String
        var indicators: [Int]
    }

    var id: UUID
    var systemCode: String
    var slug: String
    var title: String
    var opensOn: Date
    /// The last day answers are taken (inclusive).
    var closesOn: Date
    var questions: [Question]

    /// Open from the start of `opensOn` to the end of `closesOn`, UTC.
    func state(now: Date) -> PulseState {
        PulseResults.visibility(opensOn: opensOn, closesOn: closesOn.addingTimeInterval(86_400), now: now)
    }
}

struct PulseStore {
    let database: Database

    func surveys(system: String) async throws -> [PulseSurvey] {
        let rows = try await PulseSurveyRow.query(on: database).filter(\.$systemCode == system).sort(\.$opensOn, .descending).all()
        return try await withQuestions(rows)
    }

    func survey(slug: String) async throws -> PulseSurvey? {
        guard let row = try await PulseSurveyRow.query(on: database).filter(\.$slug == slug).first() else { return nil }
        return try await withQuestions([row]).first
    }

    func create(system: String, title: String, opensOn: Date, closesOn: Date, questions: [PulseSurvey.Question],
                actor: String, now: Date) async throws -> String {
        let slug = String(SecretToken.make().prefix(12))
        try await database.transaction { database in
            let survey = PulseSurveyRow()
            survey.systemCode = system
            survey.slug = slug
            survey.title = title
            survey.opensOn = opensOn
            survey.closesOn = closesOn
            survey.createdBy = actor
            try await survey.create(on: database)
            for question in questions {
                let row = PulseQuestionRow()
                row.surveyID = try survey.requireID()
                row.position = question.position
                row.kind = question.kind.rawValue
                row.text = question.text
                row.indicators = question.indicators.map(String.init).joined(separator: ",")
                try await row.create(on: database)
            }
            try await AuditLog(database: database, actor: actor, now: now).record(.pulseCreated, subject: "system:\(system)", after: ["title": title])
        }
        return slug
    }

    func respond(survey: PulseSurvey, answers: [Int: PulseAnswer], ethnicity: VoiceEthnicity?, disability: VoiceDisability?) async throws {
        let row = PulseResponseRow()
        row.surveyID = survey.id
        row.answers = answers.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.rawValue)" }.joined(separator: ",")
        row.ethnicity = ethnicity?.rawValue
        row.disability = disability?.rawValue
        try await row.create(on: database)
    }

    func responses(survey: PulseSurvey) async throws -> [PulseResponseRow] {
        try await PulseResponseRow.query(on: database).filter(\.$surveyID == survey.id).all()
    }

    private func withQuestions(_ rows: [PulseSurveyRow]) async throws -> [PulseSurvey] {
        let ids = rows.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let questions = try await PulseQuestionRow.query(on: database).filter(\.$surveyID ~~ ids).sort(\.$position).all()
        return rows.map { row in
            PulseSurvey(
                id: row.id!, systemCode: row.systemCode, slug: row.slug, title: row.title, opensOn: row.opensOn, closesOn: row.closesOn,
                questions: questions.filter { $0.surveyID == row.id }.compactMap { question in
                    PulseQuestionKind(rawValue: question.kind).map {
                        PulseSurvey.Question(position: question.position, kind: $0, text: question.text,
                                             indicators: question.indicators.split(separator: ",").compactMap { Int($0) })
                    }
                }
            )
        }
    }
}

extension PulseResponseRow {
    /// The answers by question position.
    var answerMap: [Int: PulseAnswer] {
        Dictionary(answers.split(separator: ",").compactMap { part -> (Int, PulseAnswer)? in
            let pieces = part.split(separator: "=")
            guard pieces.count == 2, let position = Int(pieces[0]), let answer = PulseAnswer(rawValue: String(pieces[1])) else { return nil }
            return (position, answer)
        }, uniquingKeysWith: { first, _ in first })
    }
}
