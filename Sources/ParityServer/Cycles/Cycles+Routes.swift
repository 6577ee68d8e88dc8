import ParityCore
import Vapor

/// Reporting cycles and the submission tracker (issue 13):
///
/// - `/cycles`: every cycle; a regional admin (`manageCycles`) sets one.
/// - `/cycles/{standard}/{year}`: the tracker, `?system=` and `?state=` filters (a state,
///   `late-or-overdue` or `not-submitted`), the same rows as CSV at `/cycles/{standard}/{year}.csv`; a regional
///   admin changes the dates and publishes signed-off returns here.
/// - `/cycles/{standard}/{year}/{code}`: one organisation's submission, its data-quality
///   warnings and history; its data leads sign off here, giving a reason for each warning
///   and checking their answers first (`…/sign-off/check`); the region reviews a revision of
///   a published return here (`…/review`, issue 20).
/// - `/systems/{code}/cycles` and `/organisations/{code}/cycles`: the newest cycle as the
///   system or the organisation sees it (links from their pages).
/// - JSON: `/api/v1/cycles` and `/api/v1/cycles/{standard}/{year}`.
///
/// Who is where is public: accountability is the point. Late reasons and data-quality warnings
/// speak of an organisation's own figures, so only those who may read them unsuppressed see them.
struct CycleRoutes: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("cycles", use: index)
        routes.post("cycles", use: save)
        routes.get("cycles", ":standard", ":year", use: tracker)
        routes.post("cycles", ":standard", ":year", "publish", use: publish)
        routes.get("cycles", ":standard", ":year", ":code", use: submission)
        routes.post("cycles", ":standard", ":year", ":code", "sign-off", "check", use: checkSignOff)
        routes.post("cycles", ":standard", ":year", ":code", "sign-off", use: signOff)
        routes.post("cycles", ":standard", ":year", ":code", "review", use: review)
        routes.get("systems", ":code", "cycles", use: systemCycles)
        routes.get("organisations", ":code", "cycles", use: organisationCycles)
        let api = routes.grouped("api", "v1", "cycles")
        api.get(use: indexDocument)
        api.get(":standard", ":year", use: trackerDocument)
    }

    func index(req: Request) async throws -> View {
        try await renderIndex(req, form: nil, errors: [])
    }

    func save(req: Request) async throws -> Response {
        try req.require(.manageCycles, on: .region)
        let form = try req.content.decode(CycleForm.self)
        let (cycle, errors) = form.cycle()
        guard let cycle, errors.isEmpty else {
            return try await renderIndex(req, form: form, errors: errors).encodeResponse(status: .unprocessableEntity, for: req)
        }
        do {
            try await CycleStore(database: req.db).save(cycle, expectedVersion: form.version, actor: req.auditName, now: req.now)
        } catch let ParityError.invalidInput(message) {
            return try await renderIndex(req, form: form, errors: [FieldErrorView(field: "deadline", message: message)])
                .encodeResponse(status: .unprocessableEntity, for: req)
        }
        return req.redirect(to: "/cycles/\(cycle.standard.rawValue)/\(cycle.year)", redirectType: .normal)
    }

    func tracker(req: Request) async throws -> Response {
        let row = try await cycleRow(req)
        let structure = try await req.structure(asAt: row.snapshot)
        let all = try await CycleStore(database: req.db).tracker(row, structure: structure, today: req.now)
        let system = req.query[String.self, at: "system"].flatMap { $0.isEmpty ? nil : $0 }
        let state = req.query[String.self, at: "state"]
        let shown = all.filter { (system == nil || $0.organisation.systemCode == system) && $0.matches(filter: state) }
        if req.url.path.hasSuffix(".csv") { return CSVResponse.make(rows: CycleCSV.rows(shown, cycle: row.cycle), fileName: "\(row.cycle.name.replacingOccurrences(of: " ", with: "-").lowercased())-submissions.csv") }
        let page = TrackerPage(
            chrome: try await req.chrome(title: "\(row.cycle.name) submissions", breadcrumbs: [.init(label: "Reporting cycles", href: "/cycles")]),
            cycle: CycleView(row, today: req.now, tracked: all),
            systems: structure.systems.map { OptionView(value: $0.code, label: $0.name, selected: $0.code == system) },
            states: TrackerPage.stateOptions(chosen: state),
            counts: SubmissionState.allCases.map { s in .init(label: s.label, count: all.filter { $0.state == s }.count) },
            lateCount: all.filter(\.isLate).count,
            rows: shown.map { TrackerRowView($0, cycle: row.cycle, showsReason: mayReadUnsuppressed(req, $0.organisation)) },
            total: all.count, filtered: system != nil || !(state ?? "").isEmpty,
            csvHref: "/cycles/\(row.standard)/\(row.year).csv" + (req.url.query.map { "?" + $0 } ?? ""),
            apiHref: "/api/v1/cycles/\(row.standard)/\(row.year)",
            canManage: AccessPolicy.decide(req.actor, .manageCycles, .region).isAllowed,
            publicationOpen: row.cycle.isPublicationOpen(today: req.now),
            readyToPublish: all.filter { $0.facts.isSignedOff && !$0.facts.isPublished }.count,
            form: CycleForm(row)
        )
        return try await req.view.render("cycles/tracker", page).encodeResponse(for: req)
    }

    func publish(req: Request) async throws -> Response {
        try req.require(.manageCycles, on: .region)
        let row = try await cycleRow(req)
        guard row.cycle.isPublicationOpen(today: req.now) else {
            throw ParityError.conflict("The \(row.cycle.name) publication date is \(DisplayDate.date(row.publication)); signed-off returns are published from that day.")
        }
        let structure = try await req.structure(asAt: row.snapshot)
        let published = try await CycleStore(database: req.db).publish(row, organisations: Set(structure.organisations.map(\.code)), actor: req.auditName, now: req.now)
        req.logger.notice("Published \(published) \(row.cycle.name) returns")
        return req.redirect(to: "/cycles/\(row.standard)/\(row.year)", redirectType: .normal)
    }

    func submission(req: Request) async throws -> View {
        try await renderSubmission(req, sent: nil, errors: [])
    }

    /// The check-your-answers step before sign-off, or the form again with its errors (or,
    /// asked to change the answers, with them filled in).
    func checkSignOff(req: Request) async throws -> Response {
        let (row, organisation, form, warnings, errors) = try await signOffRequest(req)
        if form.change != nil { return try await renderSubmission(req, sent: form, errors: []).encodeResponse(for: req) }
        guard errors.isEmpty else {
            return try await renderSubmission(req, sent: form, errors: errors).encodeResponse(status: .unprocessableEntity, for: req)
        }
        let tracked = try await CycleStore(database: req.db).tracked(row, organisation: organisation, systemName: "", today: req.now)
        let page = CheckSignOffPage(
            chrome: try await req.chrome(title: "Check your answers: \(organisation.name) \(row.cycle.name) return"),
            organisation: organisation.name, cycle: CycleView(row, today: req.now, tracked: []), version: tracked.latestVersion ?? 0,
            revision: tracked.facts.isPublished, needsLateReason: SignOffRule.needsLateReason(tracked.facts, in: row.cycle, now: req.now),
            form: form, warnings: WarningView.views(warnings, form: form, errors: []),
            action: "/cycles/\(row.standard)/\(row.year)/\(organisation.code)/sign-off"
        )
        return try await req.view.render("cycles/check-sign-off", page).encodeResponse(for: req)
    }

    func signOff(req: Request) async throws -> Response {
        let (row, organisation, form, warnings, errors) = try await signOffRequest(req)
        guard errors.isEmpty else {
            return try await renderSubmission(req, sent: form, errors: errors).encodeResponse(status: .unprocessableEntity, for: req)
        }
        try await CycleStore(database: req.db).signOff(
            row, organisation: organisation.code, version: form.version, name: form.name ?? "", jobTitle: form.jobTitle ?? "",
            lateReason: form.lateReason, acknowledgements: form.acknowledged(warnings), actor: req.auditName, now: req.now)
        return req.redirect(to: "/cycles/\(row.standard)/\(row.year)/\(organisation.code)", redirectType: .normal)
    }

    /// A sign-off form, allowed and read with the warnings of the version it signs off and
    /// every field it leaves unfilled.
    private func signOffRequest(_ req: Request) async throws -> (ReportingCycleRow, OrganisationEntry, SignOffForm, [DataQualityWarning], [FieldErrorView]) {
        let row = try await cycleRow(req)
        let (organisation, _) = try await organisation(req, row)
        try req.require(.signOffReturn, on: resource(organisation))
        let form = try req.content.decode(SignOffForm.self)
        let facts = try await CycleStore(database: req.db).tracked(row, organisation: organisation, systemName: "", today: req.now).facts
        let warnings = try await DataQualityReader(database: req.db).warnings(row.cycle, organisation: organisation)
        return (row, organisation, form, warnings, form.errors(facts, in: row.cycle, now: req.now, warnings: warnings))
    }

    /// The region's decision on a revision of a published return (`RevisionReviewer`).
    func review(req: Request) async throws -> Response {
        try req.require(.manageCycles, on: .region)
        let row = try await cycleRow(req)
        let (organisation, _) = try await organisation(req, row)
        let form = try req.content.decode(RevisionReviewForm.self)
        let errors = form.errors
        guard errors.isEmpty else {
            return try await renderSubmission(req, sent: nil, errors: errors, review: form).encodeResponse(status: .unprocessableEntity, for: req)
        }
        try await RevisionReviewer(database: req.db, actor: req.auditName, now: req.now)
            .review(row, organisation: organisation, decision: form.chosen, reason: form.reason ?? "")
        return req.redirect(to: "/cycles/\(row.standard)/\(row.year)/\(organisation.code)", redirectType: .normal)
    }

    /// A system's view: the newest cycle's tracker, filtered to the system.
    func systemCycles(req: Request) async throws -> Response {
        let code = try req.parameters.require("code")
        guard let newest = try await CycleStore(database: req.db).cycles().first else { return req.redirect(to: "/cycles") }
        return req.redirect(to: "/cycles/\(newest.standard)/\(newest.year)?system=\(code)")
    }

    /// An organisation's own submission in the newest cycle.
    func organisationCycles(req: Request) async throws -> Response {
        let code = try req.parameters.require("code")
        guard let newest = try await CycleStore(database: req.db).cycles().first else { return req.redirect(to: "/cycles") }
        return req.redirect(to: "/cycles/\(newest.standard)/\(newest.year)/\(code)")
    }

    func indexDocument(req: Request) async throws -> Response {
        let rows = try await CycleStore(database: req.db).cycles()
        return try JSONResponse.make(.object(["cycles": .array(rows.map { CycleDocument.cycle($0.cycle) })]))
    }

    func trackerDocument(req: Request) async throws -> Response {
        let row = try await cycleRow(req)
        let structure = try await req.structure(asAt: row.snapshot)
        let system = req.query[String.self, at: "system"]
        let rows = try await CycleStore(database: req.db).tracker(row, structure: structure, today: req.now)
            .filter { system == nil || $0.organisation.systemCode == system }
        return try JSONResponse.make(CycleDocument.tracker(row.cycle, today: req.now, rows: rows) { mayReadUnsuppressed(req, $0) })
    }

    private func renderIndex(_ req: Request, form: CycleForm?, errors: [FieldErrorView]) async throws -> View {
        let rows = try await CycleStore(database: req.db).cycles()
        let structure = try await req.currentStructure()
        var cycles: [CycleView] = []
        for row in rows {
            cycles.append(CycleView(row, today: req.now, tracked: try await CycleStore(database: req.db).tracker(row, structure: structure, today: req.now)))
        }
        let nextYear = (rows.first?.year ?? Calendar.utc.component(.year, from: req.now) - 1) + 1
        let title = "Reporting cycles"
        return try await req.view.render("cycles/index", CyclesPage(
            chrome: try await req.chrome(title: errors.isEmpty ? title : "Error: " + title),
            cycles: cycles, canManage: AccessPolicy.decide(req.actor, .manageCycles, .region).isAllowed,
            form: form ?? CycleForm(ReportingCycle.standardDates(.wres, year: nextYear)), errors: errors,
            standards: Standard.allCases.map { OptionView(value: $0.rawValue, label: $0.rawValue, selected: $0.rawValue == (form?.standard ?? "WRES")) }
        ))
    }

    private func renderSubmission(_ req: Request, sent: SignOffForm?, errors: [FieldErrorView], review sentReview: RevisionReviewForm? = nil) async throws -> View {
        let row = try await cycleRow(req)
        let (organisation, systemName) = try await organisation(req, row)
        let store = CycleStore(database: req.db)
        let tracked = try await store.tracked(row, organisation: organisation, systemName: systemName, today: req.now)
        let unsuppressed = mayReadUnsuppressed(req, organisation)
        let warnings = unsuppressed ? try await DataQualityReader(database: req.db).warnings(row.cycle, organisation: organisation) : []
        let events = try await store.events(row, organisation.code)
        let acknowledged = unsuppressed ? try await store.acknowledgements(row, organisation.code, version: tracked.signedOffVersion) : []
        let awaiting = PublishedVersion.awaitingReview(events.compactMap(PublishedReturns.event))
        var review: RevisionReviewView?
        if unsuppressed, let awaiting {
            review = RevisionReviewView(
                version: awaiting, publicVersion: PublishedVersion.of(events.compactMap(PublishedReturns.event)) ?? awaiting,
                reason: RevisionReviewer.correctionReason(events) ?? "",
                changes: try await RevisionPreview(database: req.db).changes(row.cycle, organisation: organisation).map(\.text),
                canReview: AccessPolicy.decide(req.actor, .manageCycles, .region).isAllowed,
                action: "/cycles/\(row.standard)/\(row.year)/\(organisation.code)/review", form: sentReview, errors: errors)
        }
        let title = "\(organisation.name): \(row.cycle.name) return"
        let page = SubmissionPage(
            chrome: try await req.chrome(title: errors.isEmpty ? title : "Error: " + title, breadcrumbs: [
                .init(label: "Reporting cycles", href: "/cycles"),
                .init(label: "\(row.cycle.name) submissions", href: "/cycles/\(row.standard)/\(row.year)"),
            ]),
            organisation: organisation.name, code: organisation.code, cycle: CycleView(row, today: req.now, tracked: []),
            tracked: TrackerRowView(tracked, cycle: row.cycle, showsReason: unsuppressed),
            events: events.map { SubmissionEventView($0, showsReasons: unsuppressed) },
            warnings: WarningView.views(warnings, form: sent ?? SignOffForm(), errors: errors), showsWarnings: unsuppressed,
            acknowledgements: acknowledged.map(AcknowledgementView.init), acknowledgedVersion: tracked.signedOffVersion ?? 0, review: review,
            canSignOff: AccessPolicy.decide(req.actor, .signOffReturn, resource(organisation)).isAllowed && !tracked.facts.isSignedOff && tracked.facts.hasReturn,
            needsLateReason: SignOffRule.needsLateReason(tracked.facts, in: row.cycle, now: req.now),
            canImport: AccessPolicy.decide(req.actor, .importReturn, resource(organisation)).isAllowed,
            form: sent ?? SignOffForm(), errors: errors,
            action: "/cycles/\(row.standard)/\(row.year)/\(organisation.code)/sign-off"
        )
        return try await req.view.render("cycles/submission", page)
    }

    private func cycleRow(_ req: Request) async throws -> ReportingCycleRow {
        let text = try req.parameters.require("standard")
        guard let standard = Standard(rawValue: text.uppercased()) else {
            throw ParityError.notFound("There is no standard \(text): use WRES or WDES.")
        }
        let yearText = try req.parameters.require("year").replacingOccurrences(of: ".csv", with: "")
        guard let year = Int(yearText) else { throw ParityError.notFound("The year must be four digits, e.g. 2026.") }
        return try await CycleStore(database: req.db).cycle(standard, year)
    }

    /// The organisation of the route, as the cycle's snapshot date places it, with its system's name.
    private func organisation(_ req: Request, _ row: ReportingCycleRow) async throws -> (OrganisationEntry, String) {
        let code = try req.parameters.require("code")
        let structure = try await req.structure(asAt: row.snapshot)
        guard let organisation = structure.organisation(code: code) else {
            throw ParityError.notFound("No organisation with the code \(code) takes part in the \(row.cycle.name) cycle.")
        }
        return (organisation, structure.system(code: organisation.systemCode)?.name ?? organisation.systemCode)
    }

    private func resource(_ organisation: OrganisationEntry) -> Resource {
        .organisation(code: organisation.code, systemCode: organisation.systemCode)
    }

    private func mayReadUnsuppressed(_ req: Request, _ organisation: OrganisationEntry) -> Bool {
        AccessPolicy.decide(req.actor, .readUnsuppressed, resource(organisation)).isAllowed
    }
}
