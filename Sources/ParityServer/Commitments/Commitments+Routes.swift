import Fluent
import ParityCore
import Vapor

/// Commitments and accountability: the commitment page and its forms here; the matrix, lists
/// and API in `AccountabilityPages` and `CommitmentAPI`, registered with these.
struct CommitmentRoutes: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let commitment = routes.grouped("commitments", ":id")
        commitment.get(use: page)
        commitment.post("updates", use: postUpdate)
        commitment.post("response", use: respond)
        commitment.post("due-date", use: agreeDue)
        commitment.post("targets", use: addTarget)
        commitment.post("comments", use: comment)
        try routes.register(collection: AccountabilityPages())
        try routes.register(collection: CommitmentAPI())
    }

    func page(req: Request) async throws -> Response {
        try await render(req, id: try Self.id(req), errors: [])
    }

    func postUpdate(req: Request) async throws -> Response {
        let row = try await manageable(req)
        let form = try req.content.decode(ProgressUpdateForm.self)
        var check = FormCheck()
        let text = check.required(form.text, field: "update-text", name: "what has happened since the last update")
        let evidence = check.links(form.evidence, field: "update-evidence")
        var state: DeclaredState?
        if let raw = form.state, !raw.isEmpty {
            state = DeclaredState(rawValue: raw)
            if state == nil { check.fail("update-state", "Choose a status from the list.") }
        }
        return try await save(req, row, check) {
            try await changes(req).postUpdate(row, text: text, evidence: evidence, state: state, version: form.version)
        }
    }

    func respond(req: Request) async throws -> Response {
        let row = try await manageable(req)
        let form = try req.content.decode(ResponseForm.self)
        var check = FormCheck()
        let response = form.response.flatMap(SystemResponse.init(rawValue:))
        if response == nil { check.fail("response", "Choose accept, partly accept or decline.") }
        let given = (form.reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let reason = response == .accept && given.isEmpty ? nil : check.required(form.reason, field: "response-reason", name: "the reasons for the response", limit: 2_000)
        return try await save(req, row, check) {
            try await changes(req).respond(row, response: response!, reason: reason, version: form.version)
        }
    }

    func agreeDue(req: Request) async throws -> Response {
        let row = try await manageable(req)
        let form = try req.content.decode(DueDateForm.self)
        let recommendation = try await row.$recommendation.get(on: req.db)
        let programme = try await recommendation.$programme.get(on: req.db)
        let span = HorizonSpan(recommendation.horizon) ?? HorizonSpan("M")!
        var check = FormCheck()
        let reason = check.required(form.reason, field: "due-reason", name: "why the due date is different", limit: 1_000)
        let dueText = form.agreedDue?.trimmingCharacters(in: .whitespaces) ?? ""
        let monthsText = form.longMonths?.trimmingCharacters(in: .whitespaces) ?? ""
        let agreedDue = dueText.isEmpty ? nil : ISODay.parse(dueText)
        let longMonths = monthsText.isEmpty ? nil : Int(monthsText)
        if dueText.isEmpty, monthsText.isEmpty {
            check.fail("due-date", "Enter the agreed due date" + (span.completes == .long ? ", or the months the long horizon runs." : "."))
        }
        if !dueText.isEmpty, agreedDue == nil {
            check.fail("due-date", "Enter the agreed due date as YYYY-MM-DD, for example 2027-03-31.")
        } else if let agreedDue, agreedDue <= programme.start {
            check.fail("due-date", "The agreed due date must be after the programme starts, \(DisplayDate.date(programme.start)).")
        }
        if !monthsText.isEmpty {
            if span.completes != .long {
                check.fail("due-long-months", "Only a recommendation that completes in the long horizon has a length in months; agree a due date instead.")
            } else if longMonths.map({ !(DueDate.minimumLongMonths...120).contains($0) }) ?? true {
                check.fail("due-long-months", "A long horizon runs from \(DueDate.minimumLongMonths) to 120 months; enter a whole number in that range.")
            }
        }
        let standardDue = longMonths.map { DueDate.due(programmeStart: programme.start, span: span, longMonths: $0) }
        return try await save(req, row, check) {
            try await changes(req).agreeDue(row, agreedDue: agreedDue, longMonths: longMonths, standardDue: standardDue, reason: reason, version: form.version)
        }
    }

    func addTarget(req: Request) async throws -> Response {
        let row = try await manageable(req)
        let form = try req.content.decode(TargetForm.self)
        var check = FormCheck()
        let target = check.target(measure: form.measure, comparison: form.comparison, value: form.value, year: form.year)
        return try await save(req, row, check) {
            try await changes(req).addTarget(row, target!, version: form.version)
        }
    }

    func comment(req: Request) async throws -> Response {
        let row = try await Self.row(req)
        try req.require(.commentOnCommitment, on: .system(code: row.systemCode))
        let form = try req.content.decode(CommentForm.self)
        var check = FormCheck()
        let text = check.required(form.text, field: "comment-text", name: "the comment")
        return try await save(req, row, check) {
            try await changes(req).comment(row, text: text)
        }
    }

    // MARK: - Steps shared by the handlers

    static func id(_ req: Request) throws -> UUID {
        guard let id = req.parameters.get("id", as: UUID.self) else { throw ParityError.notFound("There is no commitment with that identifier.") }
        return id
    }

    static func row(_ req: Request) async throws -> CommitmentRow {
        guard let row = try await CommitmentRow.find(try id(req), on: req.db) else {
            throw ParityError.notFound("There is no commitment with that identifier.")
        }
        return row
    }

    /// The commitment, when the signed-in user may manage its system's commitments.
    private func manageable(_ req: Request) async throws -> CommitmentRow {
        let row = try await Self.row(req)
        try req.require(.manageCommitments, on: .system(code: row.systemCode))
        return row
    }

    private func changes(_ req: Request) -> CommitmentChanges {
        CommitmentChanges(database: req.db, author: req.auditName, now: req.now)
    }

    /// Saves and goes back to the commitment, or shows its page again with the problems.
    private func save(_ req: Request, _ row: CommitmentRow, _ check: FormCheck, _ change: () async throws -> Void) async throws -> Response {
        do {
            try check.finish()
        } catch let failure as FormErrors {
            return try await render(req, id: row.id!, errors: failure.errors, status: .unprocessableEntity)
        }
        try await change()
        return req.redirect(to: SitePath.commitment(row.id!).href)
    }

    private func render(_ req: Request, id: UUID, errors: [FieldErrorView], status: HTTPResponseStatus = .ok) async throws -> Response {
        let commitment = try await CommitmentStore(database: req.db, now: req.now).assessed(id: id) { req.disclosurePolicy(forOrganisations: $0) }
        let updates = try await ProgressUpdateRow.query(on: req.db).filter(\.$commitment.$id == id).sort(\.$postedAt, .descending).all()
        let comments = try await PanelCommentRow.query(on: req.db).filter(\.$commitment.$id == id).sort(\.$postedAt, .descending).all()
        let title = "\(commitment.title): \(commitment.systemName)"
        let chrome = try await req.chrome(title: errors.isEmpty ? title : "Error: " + title, breadcrumbs: [
            .init(label: "Accountability", href: SitePath.accountability.href),
            .init(label: commitment.systemName, href: SitePath.systemCommitments(commitment.systemCode).href),
        ])
        let system = Resource.system(code: commitment.systemCode)
        var page = CommitmentPageView(
            chrome: chrome, commitment, updates: updates, comments: comments,
            canManage: AccessPolicy.decide(req.actor, .manageCommitments, system).isAllowed,
            canComment: AccessPolicy.decide(req.actor, .commentOnCommitment, system).isAllowed, errors: errors
        )
        page.voiceLinks = try await VoiceStore(database: req.db).links(commitments: [id]).map { link in
            link.theme.flatMap(VoiceTheme.init(rawValue:)).map { "Staff voice about \($0.label.lowercased())" } ?? "One experience shared with the staff network"
        }
        page.voiceLinksHref = SitePath.commitmentVoiceLinks(id).href
        page.voiceThemes = VoiceTheme.allCases.map { OptionView(value: $0.rawValue, label: $0.label, selected: false) }
        page.youSaidWeDidHref = SitePath.youSaidWeDid(commitment.systemCode).href
        let response = try await req.view.render("commitments/commitment", page).encodeResponse(for: req)
        response.status = status
        return response
    }
}
