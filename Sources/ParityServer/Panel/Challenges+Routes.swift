import Fluent
import ParityCore
import Vapor

/// Challenges (issue 7, "challenge"): `/challenges` lists them and, for the panel, raises one;
/// `/challenges/{id}` shows one with the body's response, the panel's rating and, for the
/// panel only, its own notes — kept apart and labelled so. A People Board's owner responds
/// (`manageGovernance` on its scope); the panel (`raiseChallenge`) rates, closes or escalates.
/// JSON: `/api/v1/challenges` and `/api/v1/challenges/{id}` (notes only for the panel).
struct ChallengeRoutes: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("challenges", use: list)
        routes.post("challenges", use: raise)
        routes.get("challenges", ":id", use: show)
        routes.post("challenges", ":id", "response", use: respond)
        routes.post("challenges", ":id", "rating", use: rate)
        routes.post("challenges", ":id", "escalation", use: escalate)
        routes.post("challenges", ":id", "notes", use: note)
        let api = routes.grouped("api", "v1")
        api.get("challenges", use: listDocument)
        api.get("challenges", ":id", use: document)
    }

    func list(req: Request) async throws -> Response {
        guard req.signedIn != nil else { return req.redirect(to: SitePath.signIn.href + "?next=" + SitePath.challenges.href) }
        return try await ChallengeViews.list(req, form: ChallengeForm(body: req.query["body"]), errors: []).encodeResponse(for: req)
    }

    func raise(req: Request) async throws -> Response {
        try req.require(.raiseChallenge, on: .region)
        let form = try req.content.decode(ChallengeForm.self)
        let store = ChallengeStore(database: req.db, actor: req.auditName, now: req.now)
        var errors: [FieldErrorView] = []
        let bodies = try await store.challengeableBodies()
        let body = form.body.flatMap(UUID.init(uuidString:)).flatMap { id in bodies.first { $0.id == id } }
        if body == nil { errors.append(.init(field: "body", message: "Select the People Board the challenge is to")) }
        let subject = ChallengeSubject(rawValue: form.subject ?? "")
        if subject == nil { errors.append(.init(field: "subject", message: "Select what the challenge is about, or no particular subject")) }
        let text = (form.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if text.count < 10 || text.count > 5_000 { errors.append(.init(field: "text", message: "Enter the challenge in 10 to 5,000 characters")) }
        var due = ChallengeLifecycle.defaultDue(raisedAt: req.now)
        if let typed = form.due, !typed.isEmpty {
            if let day = ISODay.parse(typed), day > req.now { due = day } else {
                errors.append(.init(field: "due", message: "Enter a response date after today, like 2027-01-15, or leave it blank for 28 days"))
            }
        }
        guard errors.isEmpty, let body, let subject else {
            return try await ChallengeViews.list(req, form: form, errors: errors).encodeResponse(status: .unprocessableEntity, for: req)
        }
        let id = try await store.raise(body: body, subject: subject, text: text, due: due)
        return req.redirect(to: SitePath.challenge(id).href, redirectType: .normal)
    }

    func show(req: Request) async throws -> View {
        guard req.signedIn != nil else { throw ParityError.forbidden("Sign in to read challenges.") }
        return try await ChallengeViews.page(req, row: try await requireChallenge(req), errors: [])
    }

    func respond(req: Request) async throws -> Response {
        let row = try await requireChallenge(req)
        try req.require(.manageGovernance, on: try await owner(of: row, req))
        let form = try req.content.decode(ChallengeResponseForm.self)
        let response = (form.response ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !response.isEmpty, response.count <= 10_000 else {
            return try await ChallengeViews.page(req, row: row, errors: [.init(field: "response", message: "Enter the response in at most 10,000 characters")])
                .encodeResponse(status: .unprocessableEntity, for: req)
        }
        let evidence = form.evidence?.trimmingCharacters(in: .whitespacesAndNewlines)
        try await ChallengeStore(database: req.db, actor: req.auditName, now: req.now).respond(row, response: response, evidence: evidence?.isEmpty == false ? evidence : nil)
        return req.redirect(to: SitePath.challenge(try row.requireID()).href, redirectType: .normal)
    }

    func rate(req: Request) async throws -> Response {
        let row = try await requireChallenge(req)
        try req.require(.raiseChallenge, on: .region)
        let form = try req.content.decode(RatingForm.self)
        guard let rating = form.rating.flatMap(ChallengeRating.init(rawValue:)) else {
            return try await ChallengeViews.page(req, row: row, errors: [.init(field: "rating", message: "Select how satisfied the panel is with the response")])
                .encodeResponse(status: .unprocessableEntity, for: req)
        }
        let reason = form.reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        try await ChallengeStore(database: req.db, actor: req.auditName, now: req.now).rate(row, rating: rating, reason: reason?.isEmpty == false ? reason : nil)
        return req.redirect(to: SitePath.challenge(try row.requireID()).href, redirectType: .normal)
    }

    func escalate(req: Request) async throws -> Response {
        let row = try await requireChallenge(req)
        try req.require(.raiseChallenge, on: .region)
        let reason = (try req.content.decode(RatingForm.self).reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        try await ChallengeStore(database: req.db, actor: req.auditName, now: req.now).escalate(row, reason: reason.isEmpty ? nil : reason)
        return req.redirect(to: SitePath.challenge(try row.requireID()).href, redirectType: .normal)
    }

    func note(req: Request) async throws -> Response {
        let row = try await requireChallenge(req)
        try req.require(.raiseChallenge, on: .region)
        let text = (try req.content.decode(ChallengeResponseForm.self).note ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, text.count <= 5_000 else {
            return try await ChallengeViews.page(req, row: row, errors: [.init(field: "note", message: "Enter the note in at most 5,000 characters")])
                .encodeResponse(status: .unprocessableEntity, for: req)
        }
        try await ChallengeStore(database: req.db, actor: req.auditName, now: req.now).addNote(row, text: text)
        return req.redirect(to: SitePath.challenge(try row.requireID()).href + "#panel-notes", redirectType: .normal)
    }

    func listDocument(req: Request) async throws -> Response {
        guard req.signedIn != nil else { throw ParityError.forbidden("Sign in, or send an API token, to read challenges.") }
        let rows = try await ChallengeRow.query(on: req.db).sort(\.$raisedAt, .descending).all()
        let bodies = try await bodyNames(req)
        return try JSONResponse.make(.array(try await rows.asyncMap { try await ChallengeDocument.make($0, bodyName: bodies[$0.bodyID] ?? "", notes: nil, now: req.now) }))
    }

    func document(req: Request) async throws -> Response {
        guard req.signedIn != nil else { throw ParityError.forbidden("Sign in, or send an API token, to read challenges.") }
        let row = try await requireChallenge(req)
        let notes = AccessPolicy.decide(req.actor, .raiseChallenge, .region).isAllowed
            ? try await ChallengeNoteRow.query(on: req.db).filter(\.$challengeID == row.requireID()).sort(\.$postedAt).all() : nil
        return try JSONResponse.make(try await ChallengeDocument.make(row, bodyName: try await bodyNames(req)[row.bodyID] ?? "", notes: notes, now: req.now))
    }

    private func requireChallenge(_ req: Request) async throws -> ChallengeRow {
        guard let id = req.parameters.get("id", as: UUID.self), let row = try await ChallengeRow.find(id, on: req.db) else {
            throw ParityError.notFound("There is no challenge with that identifier.")
        }
        return row
    }

    private func owner(of row: ChallengeRow, _ req: Request) async throws -> Resource {
        try await BodyPageBuilder.resource(of: try await GovernanceStore(database: req.db).body(id: row.bodyID), database: req.db, now: req.now)
    }

    private func bodyNames(_ req: Request) async throws -> [UUID: String] {
        Dictionary(uniqueKeysWithValues: try await BodyRow.query(on: req.db).all().compactMap { row in row.id.map { ($0, row.name) } })
    }
}

struct ChallengeForm: Content {
    var body: String?
    var subject: String?
    var text: String?
    var due: String?
}

struct ChallengeResponseForm: Content {
    var response: String?
    var evidence: String?
    var note: String?
}

struct RatingForm: Content {
    var rating: String?
    var reason: String?
}
