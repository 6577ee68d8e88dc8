import Fluent
import ParityCore
import Vapor

/// The good practice library (issue 7): `/good-practice` (search and filters, resources by
/// indicator), `/good-practice/{id}` (the case study with the evidence of impact read from
/// the returns, endorsement, "I'd like to learn from this"), and submission by an
/// organisation's data lead (`signOffReturn`) or a system lead (`manageGovernance`). JSON:
/// `/api/v1/good-practice` and `/api/v1/good-practice/{id}`.
struct GoodPracticeRoutes: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("good-practice", use: list)
        routes.post("good-practice", use: submit)
        routes.get("good-practice", ":id", use: show)
        routes.post("good-practice", ":id", "endorsement", use: endorse)
        routes.post("good-practice", ":id", "learning-requests", use: learn)
        routes.post("learning-resources", use: addResource)
        let api = routes.grouped("api", "v1")
        api.get("good-practice", use: listDocument)
        api.get("good-practice", ":id", use: document)
    }

    func list(req: Request) async throws -> View {
        try await GoodPracticeViews.list(req, form: CaseStudyForm(), errors: [])
    }

    func submit(req: Request) async throws -> Response {
        guard req.signedIn != nil else { throw ParityError.forbidden("Sign in to submit a case study.") }
        let form = try req.content.decode(CaseStudyForm.self)
        let (submission, errors) = try await form.validated(req)
        guard errors.isEmpty, let submission else {
            return try await GoodPracticeViews.list(req, form: form, errors: errors).encodeResponse(status: .unprocessableEntity, for: req)
        }
        let id = try await GoodPracticeStore(database: req.db, actor: req.auditName, now: req.now).submit(submission)
        return req.redirect(to: SitePath.caseStudy(id).href, redirectType: .normal)
    }

    func show(req: Request) async throws -> View {
        try await GoodPracticeViews.page(req, row: try await requireCaseStudy(req))
    }

    func endorse(req: Request) async throws -> Response {
        try req.require(.endorseGoodPractice, on: .region)
        let row = try await requireCaseStudy(req)
        try await GoodPracticeStore(database: req.db, actor: req.auditName, now: req.now).endorse(row)
        return req.redirect(to: SitePath.caseStudy(try row.requireID()).href, redirectType: .normal)
    }

    func learn(req: Request) async throws -> Response {
        guard req.signedIn != nil else { throw ParityError.forbidden("Sign in so that the contact knows who would like to learn.") }
        let row = try await requireCaseStudy(req)
        try await GoodPracticeStore(database: req.db, actor: req.auditName, now: req.now).askToLearn(row)
        return req.redirect(to: SitePath.caseStudy(try row.requireID()).href + "#contact", redirectType: .normal)
    }

    func addResource(req: Request) async throws -> Response {
        try req.require(.endorseGoodPractice, on: .region)
        let form = try req.content.decode(ResourceForm.self)
        let title = (form.title ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard let indicator = form.indicator.flatMap(Int.init), (1...9).contains(indicator), !title.isEmpty, title.count <= 200,
              let url = WebLink.validated(form.url ?? ""), url.count <= 500 else {
            throw ParityError.invalidInput("A resource needs an indicator from 1 to 9, a title of at most 200 characters and a web address starting https://.")
        }
        try await GoodPracticeStore(database: req.db, actor: req.auditName, now: req.now).addResource(indicator: indicator, title: title, url: url)
        return req.redirect(to: SitePath.goodPractice.href + "#resources", redirectType: .normal)
    }

    func listDocument(req: Request) async throws -> Response {
        let rows = try await CaseStudyRow.query(on: req.db).sort(\.$submittedAt, .descending).all()
        let counts = try await GoodPracticeStore(database: req.db, actor: req.auditName, now: req.now).learningCounts()
        return try JSONResponse.make(.array(rows.map { CaseStudyDocument.make($0, learningRequests: counts[$0.id!] ?? 0, evidence: nil) }))
    }

    func document(req: Request) async throws -> Response {
        let row = try await requireCaseStudy(req)
        let evidence = try await GoodPracticeViews.evidence(req, row: row)
        let counts = try await GoodPracticeStore(database: req.db, actor: req.auditName, now: req.now).learningCounts()
        return try JSONResponse.make(CaseStudyDocument.make(row, learningRequests: counts[try row.requireID()] ?? 0, evidence: evidence))
    }

    private func requireCaseStudy(_ req: Request) async throws -> CaseStudyRow {
        guard let id = req.parameters.get("id", as: UUID.self), let row = try await CaseStudyRow.find(id, on: req.db) else {
            throw ParityError.notFound("There is no case study with that identifier.")
        }
        return row
    }
}

struct ResourceForm: Content {
    var indicator: String?
    var title: String?
    var url: String?
}

/// The case study form.
struct CaseStudyForm: Content {
    var scope: String?
    var title: String?
    var problem: String?
    var action: String?
    var result: String?
    var indicators: [String]?
    var themes: [String]?
    var startedOn: String?
    var contact: String?

    /// The scopes the signed-in person may submit for: organisations whose returns they sign
    /// off and systems whose governance they manage, as "organisation:CODE" / "system:CODE".
    static func scopes(_ req: Request) async throws -> [(value: String, label: String)] {
        let structure = try await req.currentStructure()
        var scopes: [(String, String)] = []
        for system in structure.systems {
            if AccessPolicy.decide(req.actor, .manageGovernance, .system(code: system.code)).isAllowed {
                scopes.append(("system:\(system.code)", "\(system.name) (system)"))
            }
            for organisation in system.organisations where AccessPolicy.decide(req.actor, .signOffReturn, .organisation(code: organisation.code, systemCode: system.code)).isAllowed {
                scopes.append(("organisation:\(organisation.code)", organisation.name))
            }
        }
        return scopes
    }

    func validated(_ req: Request) async throws -> (GoodPracticeStore.Submission?, [FieldErrorView]) {
        var errors: [FieldErrorView] = []
        let allowed = try await Self.scopes(req)
        let scope = allowed.first { $0.value == self.scope }
        if scope == nil { errors.append(.init(field: "scope", message: "Select the organisation or system the case study is from")) }
        func text(_ value: String?, _ field: String, _ name: String, limit: Int = 5_000) -> String {
            let trimmed = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.count > limit { errors.append(.init(field: field, message: "Enter \(name) in at most \(limit) characters")) }
            return trimmed
        }
        let title = text(self.title, "title", "a title", limit: 200)
        let problem = text(self.problem, "problem", "the problem")
        let action = text(self.action, "action", "what you did")
        let result = text(self.result, "result", "the result")
        let indicators = (self.indicators ?? []).compactMap { Int($0) }.filter { (1...9).contains($0) }
        if indicators.isEmpty { errors.append(.init(field: "indicators", message: "Select at least one indicator it aimed to move")) }
        let themes = (self.themes ?? []).compactMap(VoiceTheme.init(rawValue:))
        let started = ISODay.parse(startedOn ?? "")
        if started == nil { errors.append(.init(field: "startedOn", message: "Enter the date the work started, like 2024-04-01")) }
        let contact = text(self.contact, "contact", "a contact (name and email or phone)", limit: 300)
        guard errors.isEmpty, let scope, let started else { return (nil, errors) }
        let parts = scope.value.split(separator: ":", maxSplits: 1).map(String.init)
        return (GoodPracticeStore.Submission(scopeKind: parts[0], scopeCode: parts[1], title: title, problem: problem, action: action,
                                             result: result, indicators: indicators.sorted(), themes: themes, startedOn: started, contact: contact), [])
    }
}

/// A case study as JSON; `evidence` on the single document.
enum CaseStudyDocument {
    static func make(_ row: CaseStudyRow, learningRequests: Int, evidence: [GoodPracticeEvidence]?) -> JSONValue {
        var object: [String: JSONValue] = [
            "id": .string(row.id?.uuidString ?? ""),
            "scope": .string(row.scopeKind),
            "code": .string(row.scopeCode),
            "title": .string(row.title),
            "problem": .string(row.problem),
            "action": .string(row.action),
            "result": .string(row.result),
            "indicators": .array(row.indicatorList.map(JSONValue.integer)),
            "themes": .array(row.themeList.map { .string($0.rawValue) }),
            "started_on": .string(ISODay.format(row.startedOn)),
            "endorsed": .bool(row.endorsedAt != nil),
            "endorsed_on": row.endorsedAt.map { .string(ISODay.format($0)) } ?? .null,
            "learning_requests": .integer(learningRequests),
        ]
        if let evidence {
            object["evidence"] = .array(evidence.map { item in
                .object([
                    "indicator": .integer(item.indicator),
                    "before_year": item.before.map { .integer($0.year) } ?? .null,
                    "before": .number(item.before?.value),
                    "after_year": item.after.map { .integer($0.year) } ?? .null,
                    "after": .number(item.after?.value),
                    "direction": .string(item.direction.rawValue),
                    "sentence": .string(item.sentence),
                ])
            })
        }
        return .object(object)
    }
}
