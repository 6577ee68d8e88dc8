import Fluent
import ParityCore
import Vapor

/// The body registry, body pages with aggregate composition and representativeness, and the
/// forms that keep them up to date.
struct GovernanceRoutes: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("governance", use: region)
        routes.get("systems", ":code", "governance", use: system)
        routes.post("governance", ":scope", "bodies", use: createBody)
        routes.get("bodies", ":id", use: body)
        routes.post("bodies", ":id", "members", use: addMember)
        routes.post("bodies", ":id", "members", ":member", "end", use: endMembership)
        routes.post("bodies", ":id", "status", use: changeStatus)
        routes.post("bodies", ":id", "plan", use: setPlan)
    }

    func region(req: Request) async throws -> View {
        let store = GovernanceStore(database: req.db)
        let structure = try await req.currentStructure()
        let maturity = try await req.regionMaturity()
        return try await req.view.render("governance", GovernancePage(
            chrome: try await req.chrome(title: "Governance", breadcrumbs: [.init(label: structure.regionName, href: SitePath.region().href)]),
            title: "\(structure.regionName): governance", bodies: try await summaries(store.bodies(level: .region), req: req),
            maturity: MaturityView(region: maturity.region, systems: maturity.systems, showsFigures: req.showsGovernanceFigures),
            canManage: AccessPolicy.decide(req.actor, .manageGovernance, .region).isAllowed,
            newBodyAction: SitePath.newBody("region").href, kinds: Self.kindOptions(level: .region), scopes: []))
    }

    func system(req: Request) async throws -> View {
        let code = try req.parameters.require("code")
        let structure = try await req.currentStructure()
        guard let system = structure.system(code: code) else { throw ParityError.notFound("No system has the code \(code).") }
        let store = GovernanceStore(database: req.db)
        let maturity = try await store.maturity(structure: RegionStructure(regionName: structure.regionName, systems: [system]), today: req.now)
        return try await req.view.render("governance", GovernancePage(
            chrome: try await req.chrome(title: "\(system.name): governance", breadcrumbs: [
                .init(label: structure.regionName, href: SitePath.region().href), .init(label: system.name, href: SitePath.system(code).href),
            ]),
            title: "\(system.name): governance",
            bodies: try await summaries(store.bodies(level: .system, scopeCode: code)
                + store.bodies(level: .organisation).filter { body in system.organisations.contains { $0.code == body.scopeCode } }, req: req),
            maturity: MaturityView(region: [], systems: maturity.systems, showsFigures: req.showsGovernanceFigures),
            canManage: AccessPolicy.decide(req.actor, .manageGovernance, .system(code: code)).isAllowed,
            newBodyAction: SitePath.newBody(code).href, kinds: Self.kindOptions(level: .system) + Self.kindOptions(level: .organisation),
            scopes: [OptionView(value: code, label: "\(system.name) (the system)", selected: true)]
                + system.organisations.map { OptionView(value: $0.code, label: "\($0.name) (\($0.code))", selected: false) }))
    }

    func body(req: Request) async throws -> View {
        let row = try await GovernanceStore(database: req.db).body(id: try req.parameters.require("id", as: UUID.self))
        return try await req.view.render("body", try await BodyPageBuilder(req: req).page(row))
    }

    func createBody(req: Request) async throws -> Response {
        let form = try req.content.decode(NewBodyDTO.self)
        let pathScope = try req.parameters.require("scope")
        let scope = form.scope.flatMap { $0.isEmpty ? nil : $0 } ?? pathScope
        let structure = try await req.currentStructure()
        let level: BodyLevel
        let resource: Resource
        if scope == "region" {
            (level, resource) = (.region, .region)
        } else if structure.system(code: scope) != nil {
            (level, resource) = (.system, .system(code: scope))
        } else if let organisation = structure.organisation(code: scope) {
            (level, resource) = (.organisation, .organisation(code: scope, systemCode: organisation.systemCode))
        } else {
            throw ParityError.notFound("No system or organisation has the code \(scope).")
        }
        try req.require(.manageGovernance, on: resource)
        guard let kind = BodyKind(rawValue: form.kind), Self.kinds(level: level).contains(kind) else {
            throw ParityError.invalidInput("Choose the kind of body.")
        }
        let name = form.name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 200 else { throw ParityError.invalidInput("Give the body a name of up to 200 characters.") }
        let termsOfReference = (form.termsOfReference ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard termsOfReference.isEmpty || WebLink.validated(termsOfReference) != nil else {
            throw ParityError.invalidInput("The terms of reference link \(WebLink.refusal).")
        }
        let row = BodyRow()
        (row.kind, row.level, row.scopeCode, row.name) = (kind.rawValue, level.rawValue, level == .region ? nil : scope, name)
        (row.purpose, row.meetingCadence, row.termsOfReferenceURL) = (form.purpose ?? "", form.cadence ?? "", termsOfReference.isEmpty ? nil : termsOfReference)
        (row.status, row.statusSince, row.isBMEFirstNetwork, row.version) = (BodyStatus.proposed.rawValue, req.now, form.bmeFirst == "yes", 1)
        try await req.db.transaction { database in
            try await row.create(on: database)
            try await AuditLog(database: database, actor: req.auditName, now: req.now).record(.bodyCreated, subject: name, after: ["kind": kind.rawValue, "scope": scope])
        }
        return req.redirect(to: SitePath.body(row.id!).href)
    }

    func addMember(req: Request) async throws -> Response {
        let body = try await editable(req)
        let form = try req.content.decode(NewMemberDTO.self)
        let member = try form.validated(bodyID: body.id!, now: req.now)
        try await save(req, body: body, version: form.version, action: .memberAdded, subject: "\(body.name): \(member.name)",
                       after: ["role": member.role, "declarations recorded with consent": member.consentRecordedAt == nil ? "no" : "yes"]) { _, database in
            try await member.create(on: database)
        }
        return req.redirect(to: SitePath.body(body.id!).href)
    }

    func endMembership(req: Request) async throws -> Response {
        let body = try await editable(req)
        let memberID = try req.parameters.require("member", as: UUID.self)
        guard let member = body.members.first(where: { $0.id == memberID }), member.end == nil else {
            throw ParityError.notFound("That person is not a current member of \(body.name).")
        }
        let form = try req.content.decode(EndMembershipDTO.self)
        guard let end = DateInput.parse(form.end), end >= member.start else {
            throw ParityError.invalidInput("Enter the date the membership ended, on or after \(DisplayDate.date(member.start)), as YYYY-MM-DD.")
        }
        try await save(req, body: body, version: form.version, action: .memberEnded, subject: "\(body.name): \(member.name)", after: ["end": DateInput.format(end)]) { _, database in
            member.end = end
            try await member.update(on: database)
        }
        return req.redirect(to: SitePath.body(body.id!).href)
    }

    func changeStatus(req: Request) async throws -> Response {
        let body = try await editable(req)
        let form = try req.content.decode(StatusDTO.self)
        guard let status = BodyStatus(rawValue: form.status), let since = DateInput.parse(form.since) else {
            throw ParityError.invalidInput("Choose a status and enter the date it took effect as YYYY-MM-DD.")
        }
        let before = ["status": body.status, "since": DateInput.format(body.statusSince)]
        try await save(req, body: body, version: form.version, action: .bodyStatusChanged, subject: body.name, before: before,
                       after: ["status": status.rawValue, "since": DateInput.format(since)]) { fresh, _ in
            (fresh.status, fresh.statusSince) = (status.rawValue, since)
        }
        return req.redirect(to: SitePath.body(body.id!).href)
    }

    func setPlan(req: Request) async throws -> Response {
        let body = try await editable(req)
        let form = try req.content.decode(PlanDTO.self)
        guard let start = DateInput.parse(form.start), let target = DateInput.parse(form.targetDate), target > start,
              let targetPercent = Double(form.targetPercent), (0...100).contains(targetPercent) else {
            throw ParityError.invalidInput("Enter a start date, a later target date (YYYY-MM-DD) and a target BME share from 0 to 100.")
        }
        let startPercent = Composition.of(body.members.compactMap(GovernanceStore.membership), on: start).bmePercent ?? 0
        try await save(req, body: body, version: form.version, action: .planSet, subject: body.name,
                       after: ["start": DateInput.format(start), "target date": DateInput.format(target), "target percent": String(targetPercent)]) { _, database in
            try await RepresentationPlanRow.query(on: database).filter(\.$body.$id == body.id!).delete()
            let plan = RepresentationPlanRow()
            (plan.$body.id, plan.start, plan.targetDate, plan.startPercent, plan.targetPercent) = (body.id!, start, target, startPercent, targetPercent)
            try await plan.create(on: database)
        }
        return req.redirect(to: SitePath.body(body.id!).href)
    }

    /// The body named in the path, after checking the user may manage its governance.
    private func editable(_ req: Request) async throws -> BodyRow {
        let body = try await GovernanceStore(database: req.db).body(id: try req.parameters.require("id", as: UUID.self))
        try req.require(.manageGovernance, on: try await BodyPageBuilder.resource(of: body, database: req.db, now: req.now))
        return body
    }

    /// Applies a change to a body in one transaction with its audit record, refusing it when
    /// the body changed since the form was shown: someone else's change is never overwritten.
    private func save(_ req: Request, body: BodyRow, version: Int, action: AuditLog.Action, subject: String,
                      before: [String: String]? = nil, after: [String: String],
                      change: @escaping @Sendable (BodyRow, Database) async throws -> Void) async throws {
        try await req.db.transaction { database in
            try await VersionClaim.claim(BodyRow.schema, id: body.id!, expected: version, on: database) {
                try await Self.stale(body, on: database)
            }
            guard let fresh = try await BodyRow.find(body.id, on: database) else { throw ParityError.notFound("\(body.name) no longer exists.") }
            try await change(fresh, database)
            try await fresh.update(on: database)
            try await AuditLog(database: database, actor: req.auditName, now: req.now).record(action, subject: subject, before: before, after: after)
        }
    }

    /// The conflict page's account of the body as saved now.
    private static func stale(_ body: BodyRow, on database: Database) async throws -> StaleEdit {
        let fresh = try await BodyRow.query(on: database).filter(\.$id == body.id!).with(\.$members).first()
        let current = (fresh?.members ?? []).filter { $0.end == nil }
        return StaleEdit(
            message: "Someone else changed \(body.name) while you were editing, so your change was not saved. Here is what is saved now, and what you sent.",
            current: [
                .init(label: "Status", value: fresh.flatMap { BodyStatus(rawValue: $0.status)?.label } ?? "–"),
                .init(label: "Current members", value: current.map(\.name).sorted().joined(separator: ", ")),
            ],
            pageHref: "/bodies/\(body.id!.uuidString)"
        )
    }

    private func summaries(_ rows: [BodyRow], req: Request) async throws -> [BodySummaryView] {
        var result: [BodySummaryView] = []
        for row in rows {
            let policy = try await BodyPageBuilder.policy(for: row, req: req)
            let composition = Composition.of(row.members.compactMap(GovernanceStore.membership), on: req.now)
            result.append(BodySummaryView(row, composition: PublishedComposition(composition, policy: policy)))
        }
        return result
    }

    static func kinds(level: BodyLevel) -> [BodyKind] {
        switch level {
        case .region: [.peopleBoard, .raceEqualityPanel, .ediSubgroup]
        case .system: [.peopleBoard, .ediSubCommittee, .staffNetwork, .raceEqualityPanel]
        case .organisation: [.organisationBoard]
        }
    }

    static func kindOptions(level: BodyLevel) -> [OptionView] {
        kinds(level: level).map { OptionView(value: $0.rawValue, label: $0.label, selected: false) }
    }
}
