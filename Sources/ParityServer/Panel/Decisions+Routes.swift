import Fluent
import ParityCore
import Vapor

/// People-related decisions of a body and the staff network's involvement (issue 7): recorded
/// on the body's page by those who manage its governance, with the network lead's own account
/// added by the network (`giveNetworkAccount`, which only network leads hold). The share of decisions with the network
/// involved over 12 months feeds the maturity matrix. JSON: `/api/v1/bodies/{id}/decisions`.
struct DecisionRoutes: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.post("bodies", ":id", "decisions", use: record)
        routes.post("decisions", ":id", "network-account", use: networkAccount)
        routes.grouped("api", "v1").get("bodies", ":id", "decisions", use: document)
    }

    func record(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: UUID.self) else { throw ParityError.notFound("There is no body with that identifier.") }
        let body = try await GovernanceStore(database: req.db).body(id: id)
        try req.require(.manageGovernance, on: try await BodyPageBuilder.resource(of: body, database: req.db, now: req.now))
        let form = try req.content.decode(DecisionForm.self)
        let decision = (form.decision ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard let day = ISODay.parse(form.decidedOn ?? ""), day <= req.now,
              !decision.isEmpty, decision.count <= 2_000,
              let involvement = form.involvement.flatMap(NetworkInvolvement.init(rawValue:)) else {
            throw ParityError.invalidInput("A decision needs its date (today or earlier, like 2026-11-12), what was decided (at most 2,000 characters) and whether the staff network was involved.")
        }
        try await req.db.transaction { database in
            let row = DecisionRow()
            row.bodyID = id
            row.decidedOn = day
            row.decision = decision
            row.involvement = involvement.rawValue
            row.how = Self.optional(form.how)
            row.networkView = Self.optional(form.networkView)
            row.recordedBy = req.auditName
            row.recordedAt = req.now
            try await row.create(on: database)
            try await AuditLog(database: database, actor: req.auditName, now: req.now)
                .record(.decisionRecorded, subject: "body:\(id.uuidString)", after: ["decision": decision, "involvement": involvement.rawValue])
        }
        return req.redirect(to: SitePath.body(id).href + "#decisions", redirectType: .normal)
    }

    func networkAccount(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: UUID.self), let row = try await DecisionRow.find(id, on: req.db) else {
            throw ParityError.notFound("There is no decision with that identifier.")
        }
        let body = try await GovernanceStore(database: req.db).body(id: row.bodyID)
        try req.require(.giveNetworkAccount, on: try await BodyPageBuilder.resource(of: body, database: req.db, now: req.now))
        guard let account = Self.optional(try req.content.decode(DecisionForm.self).networkAccount), account.count <= 2_000 else {
            throw ParityError.invalidInput("Enter the network's account of its involvement in at most 2,000 characters.")
        }
        let before = row.networkAccount
        row.networkAccount = account
        try await req.db.transaction { database in
            try await row.save(on: database)
            try await AuditLog(database: database, actor: req.auditName, now: req.now)
                .record(.networkAccountAdded, subject: "decision:\(id.uuidString)", before: before.map { ["account": $0] }, after: ["account": account])
        }
        return req.redirect(to: SitePath.body(row.bodyID).href + "#decisions", redirectType: .normal)
    }

    func document(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: UUID.self) else { throw ParityError.notFound("There is no body with that identifier.") }
        _ = try await GovernanceStore(database: req.db).body(id: id)
        let rows = try await DecisionRow.query(on: req.db).filter(\.$bodyID == id).sort(\.$decidedOn, .descending).all()
        return try JSONResponse.make(.array(rows.map { row in
            .object([
                "id": .string(row.id?.uuidString ?? ""),
                "decided_on": .string(ISODay.format(row.decidedOn)),
                "decision": .string(row.decision),
                "involvement": .string(row.involvement),
                "network_involved": .bool(NetworkInvolvement(rawValue: row.involvement)?.isInvolved ?? false),
                "how": row.how.map(JSONValue.string) ?? .null,
                "network_view": row.networkView.map(JSONValue.string) ?? .null,
                "network_account": row.networkAccount.map(JSONValue.string) ?? .null,
            ])
        }))
    }

    private static func optional(_ text: String?) -> String? {
        let trimmed = (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}

struct DecisionForm: Content {
    var decidedOn: String?
    var decision: String?
    var involvement: String?
    var how: String?
    var networkView: String?
    var networkAccount: String?
}

/// The panel's part of a body's page: challenges to it (overdue ones first) and, for a
/// board, its people decisions with the network's involvement.
struct BodyPanelView: Encodable {
    struct Decision: Encodable {
        var id: String
        var date: String
        var decision: String
        var involvement: String
        var involved: Bool
        var how: String?
        var networkView: String?
        var networkAccount: String?
    }

    var challenges: [ChallengeViews.Summary]
    var overdueChallenges: Int
    var challengesHref: String
    var canRaise: Bool
    var decisions: [Decision]
    var involvementText: String?
    var canRecordDecision: Bool
    var canAddNetworkAccount: Bool
    var involvements: [OptionView]
    var today: String
    var decisionsAPIHref: String

    static func make(_ req: Request, body: BodyRow) async throws -> BodyPanelView {
        let id = try body.requireID()
        let resource = try await BodyPageBuilder.resource(of: body, database: req.db, now: req.now)
        let challenges = try await ChallengeRow.query(on: req.db).filter(\.$bodyID == id).sort(\.$raisedAt, .descending).all()
            .map { ChallengeViews.summary($0, bodyName: body.name, now: req.now) }
            .sorted { $0.overdue && !$1.overdue }
        let decisions = try await DecisionRow.query(on: req.db).filter(\.$bodyID == id).sort(\.$decidedOn, .descending).all()
        let share = InvolvementShare.lastTwelveMonths(decisions.compactMap { row in
            NetworkInvolvement(rawValue: row.involvement).map { (date: row.decidedOn, involvement: $0) }
        }, today: req.now)
        return BodyPanelView(
            challenges: challenges, overdueChallenges: challenges.filter(\.overdue).count,
            challengesHref: SitePath.challenges.href + "?body=\(id.uuidString)#raise",
            canRaise: AccessPolicy.decide(req.actor, .raiseChallenge, .region).isAllowed && body.kind == BodyKind.peopleBoard.rawValue,
            decisions: decisions.map { row in
                Decision(id: row.id!.uuidString, date: DisplayDate.date(row.decidedOn), decision: row.decision,
                         involvement: NetworkInvolvement(rawValue: row.involvement)?.label ?? row.involvement,
                         involved: NetworkInvolvement(rawValue: row.involvement)?.isInvolved ?? false,
                         how: row.how, networkView: row.networkView, networkAccount: row.networkAccount)
            },
            involvementText: share.total == 0 ? nil
                : "The staff network was involved in \(share.involved) of \(share.total) people decisions in the last 12 months.",
            canRecordDecision: AccessPolicy.decide(req.actor, .manageGovernance, resource).isAllowed,
            canAddNetworkAccount: AccessPolicy.decide(req.actor, .giveNetworkAccount, resource).isAllowed,
            involvements: NetworkInvolvement.allCases.map { .init(value: $0.rawValue, label: $0.label, selected: false) },
            today: ISODay.format(req.now), decisionsAPIHref: "/api/v1/bodies/\(id.uuidString)/decisions"
        )
    }
}
