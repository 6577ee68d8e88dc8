import Fluent
import ParityCore
import Vapor

/// The challenge pages.
enum ChallengeViews {
    struct Summary: Encodable {
        var href: String
        var body: String
        var subject: String
        var raised: String
        var due: String
        var status: String
        var overdue: Bool
    }

    struct ListPage: Encodable {
        var chrome: PageChrome
        var challenges: [Summary]
        var canRaise: Bool
        var bodies: [OptionView]
        var subjects: [OptionView]
        var text: String
        var due: String
        var defaultDue: String
        var errors: [FieldErrorView]
    }

    struct Note: Encodable {
        var author: String
        var at: String
        var text: String
    }

    struct Page: Encodable {
        var chrome: PageChrome
        var id: String
        var body: String
        var bodyHref: String
        var subject: String
        var subjectHref: String?
        var text: String
        var raisedBy: String
        var raised: String
        var due: String
        var status: String
        var overdue: Bool
        var response: String?
        var evidence: String?
        var respondedBy: String?
        var responded: String?
        var rating: String?
        var ratingReason: String?
        var canRespond: Bool
        var canRate: Bool
        var canEscalate: Bool
        var isPanel: Bool
        var notes: [Note]
        var ratings: [OptionView]
        var errors: [FieldErrorView]
    }

    static func list(_ req: Request, form: ChallengeForm, errors: [FieldErrorView]) async throws -> View {
        let store = ChallengeStore(database: req.db, actor: req.auditName, now: req.now)
        let bodies = try await store.challengeableBodies()
        let names = Dictionary(uniqueKeysWithValues: try await BodyRow.query(on: req.db).all().compactMap { row in row.id.map { ($0, row.name) } })
        let rows = try await ChallengeRow.query(on: req.db).sort(\.$raisedAt, .descending).all()
        let page = ListPage(
            chrome: try await req.chrome(title: (errors.isEmpty ? "" : "Error: ") + "Challenges"),
            challenges: rows.map { summary($0, bodyName: names[$0.bodyID] ?? "", now: req.now) },
            canRaise: AccessPolicy.decide(req.actor, .raiseChallenge, .region).isAllowed,
            bodies: bodies.map { .init(value: $0.id!.uuidString, label: $0.name, selected: $0.id?.uuidString == form.body) },
            subjects: subjectOptions(chosen: form.subject ?? ""),
            text: form.text ?? "", due: form.due ?? "", defaultDue: DisplayDate.date(ChallengeLifecycle.defaultDue(raisedAt: req.now)),
            errors: errors
        )
        return try await req.view.render("panel/challenges", page)
    }

    static func page(_ req: Request, row: ChallengeRow, errors: [FieldErrorView]) async throws -> View {
        let body = try await GovernanceStore(database: req.db).body(id: row.bodyID)
        let resource = try await BodyPageBuilder.resource(of: body, database: req.db, now: req.now)
        let facts = row.facts
        let status = ChallengeLifecycle.status(facts)
        let isPanel = AccessPolicy.decide(req.actor, .raiseChallenge, .region).isAllowed
        let notes = isPanel ? try await ChallengeNoteRow.query(on: req.db).filter(\.$challengeID == row.requireID()).sort(\.$postedAt).all() : []
        let subject = ChallengeSubject(rawValue: row.subject) ?? ChallengeSubject.none
        let page = Page(
            chrome: try await req.chrome(title: (errors.isEmpty ? "" : "Error: ") + "Challenge to \(body.name)",
                                         breadcrumbs: [.init(label: "Challenges", href: SitePath.challenges.href)]),
            id: try row.requireID().uuidString, body: body.name, bodyHref: SitePath.body(try body.requireID()).href,
            subject: label(subject), subjectHref: href(subject, body: body),
            text: row.text, raisedBy: row.raisedBy, raised: DisplayDate.date(row.raisedAt), due: DisplayDate.date(row.dueAt),
            status: status.label, overdue: ChallengeLifecycle.isOverdue(facts, now: req.now),
            response: row.response, evidence: row.evidence, respondedBy: row.respondedBy, responded: row.respondedAt.map(DisplayDate.date),
            rating: row.rating.flatMap(ChallengeRating.init(rawValue:))?.label, ratingReason: row.ratingReason,
            canRespond: AccessPolicy.decide(req.actor, .manageGovernance, resource).isAllowed && ChallengeLifecycle.check(.respond, facts) == nil,
            canRate: isPanel && ChallengeLifecycle.check(.rate, facts) == nil,
            canEscalate: isPanel && ChallengeLifecycle.canEscalate(facts, now: req.now),
            isPanel: isPanel,
            notes: notes.map { Note(author: $0.author, at: DisplayDate.dateTime($0.postedAt), text: $0.text) },
            ratings: ChallengeRating.allCases.map { .init(value: $0.rawValue, label: $0.label, selected: false) },
            errors: errors
        )
        return try await req.view.render("panel/challenge", page)
    }

    static func summary(_ row: ChallengeRow, bodyName: String, now: Date) -> Summary {
        let overdue = ChallengeLifecycle.isOverdue(row.facts, now: now)
        return Summary(href: SitePath.challenge(row.id!).href, body: bodyName, subject: label(ChallengeSubject(rawValue: row.subject) ?? ChallengeSubject.none),
                       raised: DisplayDate.date(row.raisedAt), due: DisplayDate.date(row.dueAt),
                       status: overdue ? "Response overdue" : ChallengeLifecycle.status(row.facts).label, overdue: overdue)
    }

    static func label(_ subject: ChallengeSubject) -> String {
        switch subject {
        case .none: "No particular subject"
        case let .indicator(number): "WRES indicator \(number): \(WRESReading.title(indicator: number))"
        case .commitment: "A commitment"
        case let .theme(raw): "Staff voice: \(VoiceTheme(rawValue: raw)?.label ?? raw)"
        }
    }

    private static func href(_ subject: ChallengeSubject, body: BodyRow) -> String? {
        switch subject {
        case let .commitment(id): UUID(uuidString: id).map { SitePath.commitment($0).href }
        case .theme: body.scopeCode.map { SitePath.whatStaffSay(.system($0)).href } ?? SitePath.whatStaffSay(.region).href
        case .indicator, .none: nil
        }
    }

    private static func subjectOptions(chosen: String) -> [OptionView] {
        let subjects: [ChallengeSubject] = [.none] + (1...9).map { .indicator($0) } + VoiceTheme.allCases.map { .theme($0.rawValue) }
        return subjects.map { .init(value: $0.rawValue, label: label($0), selected: $0.rawValue == chosen) }
    }
}

/// A challenge as JSON; `notes` only for the panel.
enum ChallengeDocument {
    static func make(_ row: ChallengeRow, bodyName: String, notes: [ChallengeNoteRow]?, now: Date) async throws -> JSONValue {
        var object: [String: JSONValue] = [
            "id": .string(try row.requireID().uuidString),
            "body_id": .string(row.bodyID.uuidString),
            "body": .string(bodyName),
            "subject": .string(row.subject),
            "text": .string(row.text),
            "raised_by": .string(row.raisedBy),
            "raised_at": .string(ISODay.format(row.raisedAt)),
            "due": .string(ISODay.format(row.dueAt)),
            "status": .string(ChallengeLifecycle.status(row.facts).rawValue),
            "overdue": .bool(ChallengeLifecycle.isOverdue(row.facts, now: now)),
            "response": row.response.map(JSONValue.string) ?? .null,
            "evidence": row.evidence.map(JSONValue.string) ?? .null,
            "responded_at": row.respondedAt.map { .string(ISODay.format($0)) } ?? .null,
            "rating": row.rating.map(JSONValue.string) ?? .null,
            "rating_reason": row.ratingReason.map(JSONValue.string) ?? .null,
        ]
        if let notes {
            object["panel_notes"] = .array(notes.map { .object(["author": .string($0.author), "at": .string(ISODay.format($0.postedAt)), "text": .string($0.text)]) })
        }
        return .object(object)
    }
}
