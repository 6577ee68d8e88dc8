import Fluent
import ParityCore
import Vapor

/// Assembles a body's page: members (names and roles only), aggregate composition with the
/// disclosure rule for this viewer, and the comparisons with the workforce and the population.
struct BodyPageBuilder {
    let req: Request

    func page(_ row: BodyRow) async throws -> BodyPage {
        let members = row.members.compactMap(GovernanceStore.membership)
        let composition = Composition.of(members, on: req.now)
        let policy = try await Self.policy(for: row, req: req)
        let canManage = AccessPolicy.decide(req.actor, .manageGovernance, try await Self.resource(of: row, database: req.db, now: req.now)).isAllowed
        let bodyName = "the " + (BodyKind(rawValue: row.kind)?.label ?? "body")
        var comparisons: [ComparisonView] = []
        if policy.mayPublishFigure(builtFrom: [composition.bme, composition.total]) {
            comparisons = try await self.comparisons(row, composition: composition, bodyName: bodyName)
        }
        let current = row.members.filter { $0.end == nil || $0.end! > req.now }.sorted { $0.start < $1.start }
        let former = row.members.filter { $0.end != nil && $0.end! <= req.now }.sorted { $0.start < $1.start }
        var page = BodyPage(
            chrome: try await req.chrome(title: row.name, breadcrumbs: try await breadcrumbs(row)),
            id: row.id!.uuidString, name: row.name, kind: BodyKind(rawValue: row.kind)?.label ?? row.kind,
            level: row.level, scope: row.scopeCode ?? "the region", purpose: row.purpose, cadence: row.meetingCadence,
            termsOfReference: row.termsOfReferenceURL, status: BodyStatus(rawValue: row.status)?.label ?? row.status,
            statusSince: DisplayDate.date(row.statusSince),
            chair: current.first { $0.role == MemberRole.chair.rawValue || $0.role == MemberRole.independentChair.rawValue }?.name,
            members: current.map { MemberView($0, canManage: canManage) }, formerMembers: former.map { MemberView($0, canManage: false) },
            composition: CompositionView(PublishedComposition(composition, policy: policy), policy: policy),
            comparisons: comparisons,
            plan: policy.isUnrestricted ? row.plan.map { PlanView(GovernanceStore.plan($0), members: members, today: req.now, tolerance: GovernanceStore.defaultTolerancePoints) } : nil,
            canManage: canManage, version: row.version, today: DateInput.format(req.now)
        )
        page.panel = try await BodyPanelView.make(req, body: row)
        return page
    }

    private func comparisons(_ row: BodyRow, composition: Composition, bodyName: String) async throws -> [ComparisonView] {
        var result: [ComparisonView] = []
        let tolerance = GovernanceStore.defaultTolerancePoints
        let structure = try await req.currentStructure()
        let scope: ScopeReference = switch BodyLevel(rawValue: row.level) {
        case .system?: .system(row.scopeCode ?? "")
        case .organisation?: .organisation(structure.organisation(code: row.scopeCode ?? "") ?? OrganisationEntry(code: row.scopeCode ?? "", name: "", systemCode: ""))
        default: .region
        }
        let workforce = try await WorkforceShare(database: req.db).bmePercent(scope: scope, today: req.now)
        if let percent = workforce.percent, let year = workforce.year {
            let comparison = Representativeness.compare(composition, referencePercent: percent, referenceName: "the workforce it oversees (WRES \(year))",
                                                        tolerancePoints: tolerance, bodyName: bodyName)
            result.append(ComparisonView(reference: "Workforce", sentence: comparison.sentence, source: "WRES indicator 1 returns, \(year)"))
        }
        let population = try await GovernanceStore(database: req.db).population(scopeCode: row.scopeCode ?? "region")
        if let percent = population.percent {
            let source = population.sources.joined(separator: "; ")
            let comparison = Representativeness.compare(composition, referencePercent: percent, referenceName: "the population served (\(source))",
                                                        tolerancePoints: tolerance, bodyName: bodyName)
            result.append(ComparisonView(reference: "Population served", sentence: comparison.sentence, source: source))
        }
        return result
    }

    private func breadcrumbs(_ row: BodyRow) async throws -> [PageChrome.Breadcrumb] {
        var crumbs: [PageChrome.Breadcrumb] = [.init(label: "Governance", href: SitePath.governance.href)]
        if row.level == BodyLevel.system.rawValue, let code = row.scopeCode {
            crumbs.append(.init(label: "System \(code)", href: SitePath.systemGovernance(code).href))
        }
        return crumbs
    }

    /// What the access rule calls this body: the region, its system, or its organisation.
    static func resource(of row: BodyRow, database: Database, now: Date) async throws -> Resource {
        switch BodyLevel(rawValue: row.level) {
        case .system?: return .system(code: row.scopeCode ?? "")
        case .organisation?:
            let system = try await StructureStore(database: database).structure(asAt: now).organisation(code: row.scopeCode ?? "")?.systemCode
            return .organisation(code: row.scopeCode ?? "", systemCode: system)
        default: return .region
        }
    }

    /// Unsuppressed inside the body's own system (those who may read it unsuppressed);
    /// the public disclosure rule for everyone else.
    static func policy(for row: BodyRow, req: Request) async throws -> DisclosurePolicy {
        AccessPolicy.decide(req.actor, .readUnsuppressed, try await resource(of: row, database: req.db, now: req.now)).isAllowed
            ? .unrestricted : .publicRelease
    }
}

extension Request {
    /// Whether this viewer may see the composition of a system's bodies (nil: the region's)
    /// unsuppressed.
    func showsGovernanceFigures(systemCode: String?) -> Bool {
        AccessPolicy.decide(actor, .readUnsuppressed, systemCode.map { .system(code: $0) } ?? .region).isAllowed
    }
}
