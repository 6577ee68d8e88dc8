import ParityCore
import Vapor

/// Pulse surveys (issue 6): `/systems/{code}/pulse` lists a system's surveys and, for its
/// system lead and network lead, creates one; `/pulse/{slug}` is the anonymous answer form
/// while the survey is open; `/pulse/{slug}/results` shows results once it has closed, only
/// for groups of at least 10 responses.
struct PulseRoutes: RouteCollection {
    static let maximumQuestions = 5

    func boot(routes: RoutesBuilder) throws {
        routes.get("systems", ":code", "pulse", use: list)
        routes.post("systems", ":code", "pulse", use: create)
        routes.get("pulse", ":slug", use: form)
        routes.post("pulse", ":slug", use: answer)
        routes.get("pulse", ":slug", "results", use: results)
    }

    func list(req: Request) async throws -> View {
        try await renderList(req, system: try await requireSystem(req), form: PulseCreateForm(), errors: [])
    }

    func create(req: Request) async throws -> Response {
        let system = try await requireSystem(req)
        try req.require(.moderateStaffVoice, on: .system(code: system.code))
        let form = try req.content.decode(PulseCreateForm.self)
        switch form.validated() {
        case let .failure(failure):
            return try await renderList(req, system: system, form: form, errors: failure.errors).encodeResponse(status: .unprocessableEntity, for: req)
        case let .success(valid):
            _ = try await PulseStore(database: req.db).create(system: system.code, title: valid.title, opensOn: valid.opensOn, closesOn: valid.closesOn,
                                                              questions: valid.questions, actor: req.auditName, now: req.now)
            return req.redirect(to: SitePath.systemPulse(system.code).href, redirectType: .normal)
        }
    }

    func form(req: Request) async throws -> Response {
        let survey = try await requireSurvey(req)
        return try await PulseViews.answerForm(req, survey: survey, sent: [:], errors: [])
    }

    func answer(req: Request) async throws -> Response {
        let survey = try await requireSurvey(req)
        let sent = try req.content.decode([String: String].self)
        if !(sent["website"] ?? "").isEmpty { return try await VoiceShareView.thanks(req) }
        guard survey.state(now: req.now) == .open else { return try await PulseViews.answerForm(req, survey: survey, sent: sent, errors: []) }
        var answers: [Int: PulseAnswer] = [:]
        var errors: [FieldErrorView] = []
        for question in survey.questions {
            let field = "q\(question.position)"
            if let answer = sent[field].flatMap(PulseAnswer.init(rawValue:)), question.kind.options.contains(answer) {
                answers[question.position] = answer
            } else {
                errors.append(FieldErrorView(field: field, message: "Answer question \(question.position)"))
            }
        }
        let ethnicity = sent["ethnicity"].flatMap(VoiceEthnicity.init(rawValue:))
        let disability = sent["disability"].flatMap(VoiceDisability.init(rawValue:))
        guard errors.isEmpty else {
            return try await PulseViews.answerForm(req, survey: survey, sent: sent, errors: errors, status: .unprocessableEntity)
        }
        guard try await VoiceStore(database: req.db).takeAllowance(subject: "pulse:\(survey.slug)", now: req.now,
                                                                   limit: VoiceRateLimit.perLinkPerHour * 10) else {
            return try await PulseViews.message(req, heading: "Please try again later", paragraphs: [
                "This survey has taken as many answers as it can in one hour, to protect it from misuse. Nothing has been recorded.",
            ], links: [(SitePath.pulse(survey.slug).href, "Back to the survey")], status: .tooManyRequests)
        }
        try await PulseStore(database: req.db).respond(survey: survey, answers: answers, ethnicity: ethnicity, disability: disability)
        return try await PulseViews.message(req, heading: "Thank you", paragraphs: [
            "Your answers have been recorded anonymously. Results are published after the survey closes on \(DisplayDate.date(survey.closesOn)), for groups of at least \(VoiceDisclosure.minimumContributions) people.",
        ], links: [(SitePath.pulseResults(survey.slug).href, "Results of this survey")])
    }

    func results(req: Request) async throws -> View {
        let survey = try await requireSurvey(req)
        let responses = try await PulseStore(database: req.db).responses(survey: survey)
        return try await PulseViews.results(req, survey: survey, responses: responses)
    }

    private func renderList(_ req: Request, system: SystemEntry, form: PulseCreateForm, errors: [FieldErrorView]) async throws -> View {
        let surveys = try await PulseStore(database: req.db).surveys(system: system.code)
        let canCreate = AccessPolicy.decide(req.actor, .moderateStaffVoice, .system(code: system.code)).isAllowed
        return try await PulseViews.list(req, system: system, surveys: surveys, canCreate: canCreate, form: form, errors: errors)
    }

    private func requireSystem(_ req: Request) async throws -> SystemEntry {
        let code = try req.parameters.require("code")
        guard let system = try await req.currentStructure().system(code: code) else {
            throw ParityError.notFound("No system has the code \(code).")
        }
        return system
    }

    private func requireSurvey(_ req: Request) async throws -> PulseSurvey {
        guard let survey = try await PulseStore(database: req.db).survey(slug: try req.parameters.require("slug")) else {
            throw ParityError.notFound("No pulse survey has this link. Ask your staff network for its current link.")
        }
        return survey
    }
}

/// The form that creates a pulse survey: a title, its dates and up to five questions.
struct PulseCreateForm: Content {
    var title: String?
    var opensOn: String?
    var closesOn: String?
    var questions: [QuestionFields]?

    struct QuestionFields: Content {
        var text: String?
        var kind: String?
        var indicators: String?
    }

    struct Valid {
        var title: String
        var opensOn: Date
        var closesOn: Date
        var questions: [PulseSurvey.Question]
    }

    func validated() -> Result<Valid, FormErrors> {
        var errors: [FieldErrorView] = []
        let title = (self.title ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty || title.count > 200 { errors.append(.init(field: "title", message: "Enter a title of at most 200 characters")) }
        let opens = ISODay.parse(opensOn ?? "")
        let closes = ISODay.parse(closesOn ?? "")
        if opens == nil { errors.append(.init(field: "opensOn", message: "Enter the day the survey opens, like 2026-12-01")) }
        if closes == nil { errors.append(.init(field: "closesOn", message: "Enter the last day the survey is open, like 2026-12-14")) }
        if let opens, let closes, closes < opens { errors.append(.init(field: "closesOn", message: "The last day must be on or after the day the survey opens")) }
        var questions: [PulseSurvey.Question] = []
        for (index, fields) in (self.questions ?? []).prefix(PulseRoutes.maximumQuestions).enumerated() {
            let text = (fields.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty { continue }
            let position = questions.count + 1
            if text.count > 300 { errors.append(.init(field: "question-\(index)", message: "Question \(index + 1) must be at most 300 characters")) }
            guard let kind = fields.kind.flatMap(PulseQuestionKind.init(rawValue:)) else {
                errors.append(.init(field: "kind-\(index)", message: "Choose the kind of answer for question \(index + 1)"))
                continue
            }
            let tags = (fields.indicators ?? "").split(whereSeparator: { $0 == "," || $0 == " " })
            let indicators = tags.compactMap { Int($0) }.filter { (1...9).contains($0) }
            if indicators.count != tags.count {
                errors.append(.init(field: "indicators-\(index)", message: "Indicators for question \(index + 1) must be WRES indicator numbers from 1 to 9, like 5, 6"))
            }
            questions.append(.init(position: position, kind: kind, text: text, indicators: indicators))
        }
        if questions.isEmpty { errors.append(.init(field: "question-0", message: "Enter at least one question")) }
        guard errors.isEmpty, let opens, let closes else { return .failure(FormErrors(errors: errors)) }
        return .success(Valid(title: title, opensOn: opens, closesOn: closes, questions: questions))
    }
}
