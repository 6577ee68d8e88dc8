import Fluent
import ParityCore
import Vapor

/// The good practice pages.
enum GoodPracticeViews {
    struct Item: Encodable {
        var href: String
        var title: String
        var from: String
        var indicators: String
        var celebrated: Bool
        var learningRequests: Int
    }

    struct Resource: Encodable {
        var indicator: String
        var title: String
        var url: String
    }

    struct ListPage: Encodable {
        var chrome: PageChrome
        var items: [Item]
        var query: String
        var indicators: [OptionView]
        var themes: [OptionView]
        var systems: [OptionView]
        var resources: [Resource]
        var learningTotal: Int
        var canAddResource: Bool
        var canSubmit: Bool
        var form: FormView
        var errors: [FieldErrorView]
    }

    struct FormView: Encodable {
        var scopes: [OptionView]
        var title: String
        var problem: String
        var action: String
        var result: String
        var indicators: [OptionView]
        var themes: [OptionView]
        var startedOn: String
        var contact: String
    }

    struct EvidenceView: Encodable {
        var indicator: String
        var before: String
        var after: String
        var direction: String
        var sentence: String
    }

    struct Page: Encodable {
        var chrome: PageChrome
        var id: String
        var title: String
        var from: String
        var fromHref: String
        var problem: String
        var action: String
        var result: String
        var started: String
        var indicators: [String]
        var themes: [String]
        var evidence: [EvidenceView]
        var celebrated: String?
        var canEndorse: Bool
        var isSignedIn: Bool
        var hasAsked: Bool
        var contact: String
        var learningRequests: Int
    }

    static func list(_ req: Request, form: CaseStudyForm, errors: [FieldErrorView]) async throws -> View {
        let structure = try await req.currentStructure()
        let indicator = req.query[Int.self, at: "indicator"]
        let theme = req.query[String.self, at: "theme"].flatMap(VoiceTheme.init(rawValue:))
        let system = req.query[String.self, at: "system"].flatMap { structure.system(code: $0) }
        let text = (req.query[String.self, at: "q"] ?? "").trimmingCharacters(in: .whitespaces)
        var rows = try await CaseStudyRow.query(on: req.db).sort(\.$submittedAt, .descending).all()
        if let indicator { rows = rows.filter { $0.indicatorList.contains(indicator) } }
        if let theme { rows = rows.filter { $0.themeList.contains(theme) } }
        if let system { rows = rows.filter { systemCode(of: $0, structure) == system.code } }
        if !text.isEmpty { rows = rows.filter { [$0.title, $0.problem, $0.action, $0.result].contains { $0.localizedCaseInsensitiveContains(text) } } }
        let counts = try await GoodPracticeStore(database: req.db, actor: req.auditName, now: req.now).learningCounts()
        let resources = try await LearningResourceRow.query(on: req.db).sort(\.$indicator).sort(\.$title).all()
        let scopes = req.signedIn == nil ? [] : try await CaseStudyForm.scopes(req)
        let page = ListPage(
            chrome: try await req.chrome(title: (errors.isEmpty ? "" : "Error: ") + "Good practice"),
            items: rows.map { row in
                Item(href: SitePath.caseStudy(row.id!).href, title: row.title, from: scopeName(row, structure),
                     indicators: row.indicatorList.map { "WRES \($0)" }.joined(separator: ", "), celebrated: row.endorsedAt != nil,
                     learningRequests: counts[row.id!] ?? 0)
            },
            query: text,
            indicators: [.init(value: "", label: "Every indicator", selected: indicator == nil)]
                + (1...9).map { .init(value: "\($0)", label: "\($0) \(WRESReading.title(indicator: $0))", selected: $0 == indicator) },
            themes: [.init(value: "", label: "Every theme", selected: theme == nil)]
                + VoiceTheme.allCases.map { .init(value: $0.rawValue, label: $0.label, selected: $0 == theme) },
            systems: [.init(value: "", label: "Every system", selected: system == nil)]
                + structure.systems.map { .init(value: $0.code, label: $0.name, selected: $0.code == system?.code) },
            resources: resources.map { Resource(indicator: "\($0.indicator) \(WRESReading.title(indicator: $0.indicator))", title: $0.title, url: $0.url) },
            learningTotal: counts.values.reduce(0, +),
            canAddResource: AccessPolicy.decide(req.actor, .endorseGoodPractice, .region).isAllowed,
            canSubmit: !scopes.isEmpty,
            form: FormView(
                scopes: scopes.map { .init(value: $0.value, label: $0.label, selected: $0.value == form.scope) },
                title: form.title ?? "", problem: form.problem ?? "", action: form.action ?? "", result: form.result ?? "",
                indicators: (1...9).map { .init(value: "\($0)", label: "\($0) \(WRESReading.title(indicator: $0))", selected: form.indicators?.contains("\($0)") == true) },
                themes: VoiceTheme.allCases.map { .init(value: $0.rawValue, label: $0.label, selected: form.themes?.contains($0.rawValue) == true) },
                startedOn: form.startedOn ?? "", contact: form.contact ?? ""
            ),
            errors: errors
        )
        return try await req.view.render("panel/good-practice", page)
    }

    static func page(_ req: Request, row: CaseStudyRow) async throws -> View {
        let structure = try await req.currentStructure()
        let store = GoodPracticeStore(database: req.db, actor: req.auditName, now: req.now)
        let hasAsked = req.signedIn == nil ? false : try await store.hasAsked(row)
        let page = Page(
            chrome: try await req.chrome(title: row.title, breadcrumbs: [.init(label: "Good practice", href: SitePath.goodPractice.href)]),
            id: try row.requireID().uuidString, title: row.title, from: scopeName(row, structure),
            fromHref: row.scopeKind == "system" ? SitePath.system(row.scopeCode).href : SitePath.organisation(row.scopeCode).href,
            problem: row.problem, action: row.action, result: row.result, started: DisplayDate.date(row.startedOn),
            indicators: row.indicatorList.map { "\($0) \(WRESReading.title(indicator: $0))" }, themes: row.themeList.map(\.label),
            evidence: try await evidence(req, row: row).map { item in
                EvidenceView(indicator: "\(item.indicator) \(WRESReading.title(indicator: item.indicator))",
                             before: item.before.map { "\($0.text) (\($0.year))" } ?? "–", after: item.after.map { "\($0.text) (\($0.year))" } ?? "–",
                             direction: item.direction.label.prefix(1).uppercased() + item.direction.label.dropFirst(), sentence: item.sentence)
            },
            celebrated: row.endorsedAt.map { "Celebrated by the panel on \(DisplayDate.date($0))" },
            canEndorse: row.endorsedAt == nil && AccessPolicy.decide(req.actor, .endorseGoodPractice, .region).isAllowed,
            isSignedIn: req.signedIn != nil, hasAsked: hasAsked, contact: row.contact,
            learningRequests: try await store.learningCounts()[try row.requireID()] ?? 0
        )
        return try await req.view.render("panel/case-study", page)
    }

    /// Each named indicator's figure before and after the work started, read from the scope's
    /// returns as this reader may see them.
    static func evidence(_ req: Request, row: CaseStudyRow) async throws -> [GoodPracticeEvidence] {
        let loader = req.indicatorLoader
        let years = try await loader.years(requested: nil).all
        let structure = try await req.currentStructure()
        let scope: ScopeReference = row.scopeKind == "system"
            ? .system(row.scopeCode)
            : .organisation(structure.organisation(code: row.scopeCode) ?? OrganisationEntry(code: row.scopeCode, name: row.scopeCode, systemCode: ""))
        var series: [PublishedWRES] = []
        for (_, data) in try await loader.figures(years: years) {
            guard let figures = data.figures(scope) else { continue }
            series.append(PublishedWRES(figures, policy: req.disclosurePolicy(forOrganisations: scope.members(in: data.structure))))
        }
        return row.indicatorList.map { GoodPracticeEvidence.make(indicator: $0, start: row.startedOn, series: series) }
    }

    private static func scopeName(_ row: CaseStudyRow, _ structure: RegionStructure) -> String {
        row.scopeKind == "system" ? structure.system(code: row.scopeCode)?.name ?? row.scopeCode : structure.organisation(code: row.scopeCode)?.name ?? row.scopeCode
    }

    private static func systemCode(of row: CaseStudyRow, _ structure: RegionStructure) -> String? {
        row.scopeKind == "system" ? row.scopeCode : structure.organisation(code: row.scopeCode)?.systemCode
    }
}
