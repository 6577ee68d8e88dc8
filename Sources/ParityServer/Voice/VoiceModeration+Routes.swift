import ParityCore
import Vapor

/// Moderation of a system's staff voice (issue 6): `/systems/{code}/voice` shows the network's
/// link and QR code, the queue waiting for a decision, and what has been published or held;
/// `/voice` is the panel's reading room of everything published. The system lead and the
/// staff network lead moderate (`moderateStaffVoice`); the panel reads (`readStaffVoice`).
/// Text is never edited: a moderator publishes it as it is, or holds it back with a reason.
struct VoiceModerationRoutes: RouteCollection {
    /// How many experiences a page lists at once, so it stays readable on a phone.
    static let pageSize = 10

    func boot(routes: RoutesBuilder) throws {
        routes.get("systems", ":code", "voice", use: queue)
        routes.post("systems", ":code", "voice", "link", use: replaceLink)
        routes.post("systems", ":code", "voice", ":id", use: moderate)
        routes.get("voice", use: panel)
    }

    func queue(req: Request) async throws -> View {
        let system = try await requireSystem(req)
        try req.require(.moderateStaffVoice, on: .system(code: system.code))
        return try await render(req, system: system, errors: [:])
    }

    func replaceLink(req: Request) async throws -> Response {
        let system = try await requireSystem(req)
        try req.require(.moderateStaffVoice, on: .system(code: system.code))
        _ = try await VoiceStore(database: req.db).replaceLink(system: system.code, actor: req.auditName, now: req.now)
        return req.redirect(to: SitePath.systemVoice(system.code).href + "#link", redirectType: .normal)
    }

    func moderate(req: Request) async throws -> Response {
        let system = try await requireSystem(req)
        try req.require(.moderateStaffVoice, on: .system(code: system.code))
        guard let id = req.parameters.get("id", as: UUID.self),
              let row = try await VoiceStore(database: req.db).submission(id: id), row.systemCode == system.code else {
            throw ParityError.notFound("No experience shared with this system has that id; it may have been withdrawn.")
        }
        let form = try req.content.decode(ModerationForm.self)
        var problems: [String] = []
        let decision = form.decision.flatMap(VoiceModerationStatus.init(rawValue:)).flatMap { $0 == .pending ? nil : $0 }
        if decision == nil { problems.append("Select publish or hold back") }
        let reason = form.reason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if decision == .held, reason.isEmpty { problems.append("Enter why it is held back; the person who shared it can read the reason") }
        let response = form.response?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if response.count > 2_000 { problems.append("Enter a reply of at most 2,000 characters") }
        guard problems.isEmpty, let decision else {
            return try await render(req, system: system, errors: [id: problems]).encodeResponse(status: .unprocessableEntity, for: req)
        }
        try await VoiceStore(database: req.db).moderate(row, decision: decision, holdReason: reason.isEmpty ? nil : reason,
                                                        response: response.isEmpty ? nil : response, actor: req.auditName, now: req.now)
        return req.redirect(to: SitePath.systemVoice(system.code).href, redirectType: .normal)
    }

    func panel(req: Request) async throws -> View {
        try req.require(.readStaffVoice, on: .region)
        let structure = try await req.currentStructure()
        let chosenSystem = (req.query[String.self, at: "system"]).flatMap { code in structure.system(code: code)?.code }
        let chosenTheme = (req.query[String.self, at: "theme"]).flatMap(VoiceTheme.init(rawValue:))
        var rows = try await VoiceStore(database: req.db).published(systems: chosenSystem.map { [$0] })
        if let chosenTheme { rows = rows.filter { VoiceThemeList.themes($0.themes).contains(chosenTheme) } }
        let page = VoicePanelView(
            chrome: try await req.chrome(title: "What staff shared", breadcrumbs: [.init(label: structure.regionName, href: SitePath.region().href)]),
            systems: [.init(value: "", label: "Every system", selected: chosenSystem == nil)]
                + structure.systems.map { .init(value: $0.code, label: $0.name, selected: $0.code == chosenSystem) },
            themes: [.init(value: "", label: "Every theme", selected: chosenTheme == nil)]
                + VoiceTheme.allCases.map { .init(value: $0.rawValue, label: $0.label, selected: $0 == chosenTheme) },
            total: rows.count,
            submissions: rows.prefix(Self.pageSize * 5).map { VoiceSubmissionView($0, structure: structure) }
        )
        return try await req.view.render("voice/panel", page)
    }

    private func render(_ req: Request, system: SystemEntry, errors: [UUID: [String]]) async throws -> View {
        let store = VoiceStore(database: req.db)
        let link = try await store.link(system: system.code, now: req.now)
        let structure = try await req.currentStructure()
        let pending = try await store.submissions(system: system.code, status: .pending, oldestFirst: true, limit: Self.pageSize)
        let views = { (rows: [VoiceSubmissionRow]) in rows.map { VoiceSubmissionView($0, structure: structure, errors: errors[$0.id!] ?? []) } }
        let page = VoiceModerationView(
            chrome: try await req.chrome(title: "\(system.name): staff voice", breadcrumbs: [
                .init(label: system.name, href: SitePath.system(system.code).href),
            ]),
            systemName: system.name, systemCode: system.code,
            linkURL: req.absoluteURL(SitePath.voiceShare(link.slug).href),
            qrHref: SitePath.voiceQRCode(link.slug).href,
            newLinkAction: SitePath.systemVoiceLink(system.code).href,
            pending: views(pending),
            pendingTotal: try await store.count(system: system.code, status: .pending),
            published: views(try await store.submissions(system: system.code, status: .published, limit: Self.pageSize)),
            held: views(try await store.submissions(system: system.code, status: .held, limit: Self.pageSize)),
            whatStaffSayHref: SitePath.whatStaffSay(.system(system.code)).href,
            pulseHref: SitePath.systemPulse(system.code).href,
            youSaidWeDidHref: SitePath.youSaidWeDid(system.code).href
        )
        return try await req.view.render("voice/moderation", page)
    }

    private func requireSystem(_ req: Request) async throws -> SystemEntry {
        let code = try req.parameters.require("code")
        guard let system = try await req.currentStructure().system(code: code) else {
            throw ParityError.notFound("No system has the code \(code).")
        }
        return system
    }
}

struct ModerationForm: Content {
    var decision: String?
    var reason: String?
    var response: String?
}

struct VoiceModerationView: Encodable {
    var chrome: PageChrome
    var systemName: String
    var systemCode: String
    var linkURL: String
    var qrHref: String
    var newLinkAction: String
    var pending: [VoiceSubmissionView]
    var pendingTotal: Int
    var published: [VoiceSubmissionView]
    var held: [VoiceSubmissionView]
    var whatStaffSayHref: String
    var pulseHref: String
    var youSaidWeDidHref: String
}

struct VoicePanelView: Encodable {
    var chrome: PageChrome
    var systems: [OptionView]
    var themes: [OptionView]
    var total: Int
    var submissions: [VoiceSubmissionView]
}

/// One submission as moderators and the panel read it: the text as stored (redaction
/// markers visible), its themes, week and organisation — never its demographics, which are
/// only ever counted.
struct VoiceSubmissionView: Encodable {
    var id: String
    var action: String
    var text: String
    var themes: String
    var week: String
    var organisation: String
    var system: String
    var removed: String?
    var consent: String
    var holdReason: String?
    var response: String?
    var errors: [String]

    init(_ row: VoiceSubmissionRow, structure: RegionStructure, errors: [String] = []) {
        id = row.id?.uuidString ?? ""
        action = row.id.map { SitePath.voiceModerate(row.systemCode, $0).href } ?? ""
        text = row.text
        themes = VoiceThemeList.themes(row.themes).map(\.label).joined(separator: ", ")
        week = VoiceWeek(rawValue: row.week).map { "Week of \(DisplayDate.date($0.monday))" } ?? row.week
        organisation = row.organisationCode.flatMap { structure.organisation(code: $0)?.name } ?? "Not given"
        system = structure.system(code: row.systemCode)?.name ?? row.systemCode
        removed = VoiceRedactionList.sentence(VoiceRedactionList.decode(row.redactions))
        consent = VoiceConsent(rawValue: row.consent)?.label ?? row.consent
        holdReason = row.holdReason
        response = row.response
        self.errors = errors
    }
}
