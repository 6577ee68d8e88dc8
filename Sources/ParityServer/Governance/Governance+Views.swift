import Foundation
import ParityCore

/// A body in a list: what it is, its status, and its aggregate composition.
struct BodySummaryView: Encodable {
    var name: String
    var href: String
    var kind: String
    var status: String
    var statusSince: String
    var membersInPost: String
    var bmePercent: String

    init(_ row: BodyRow, composition: PublishedComposition) {
        name = row.name
        href = SitePath.body(row.id!).href
        kind = BodyKind(rawValue: row.kind)?.label ?? row.kind
        status = BodyStatus(rawValue: row.status)?.label ?? row.status
        statusSince = DisplayDate.date(row.statusSince)
        membersInPost = composition.total.display
        bmePercent = composition.bmePercent.map(DisplayFormat.percent) ?? "–"
    }
}

/// One row of the maturity matrix: a system (or the region) and its derived cells.
struct MaturityRowView: Encodable {
    var name: String
    var href: String
    var cells: [MaturityCellView]
}

struct MaturityCellView: Encodable {
    var criterion: String
    var state: String
    var modifier: String
    var text: String
    var evidenceHref: String?

    /// Criteria whose cell text quotes a body's composition.
    private static let quotesComposition: Set<MaturityCriterion> = [.peopleBoardRepresentative, .representationPlan]

    /// `showsFigures` is false for viewers outside the body's system: the cell then says
    /// whether the criterion is met without quoting the composition, which the disclosure
    /// rule may withhold from them.
    init(_ cell: MaturityCell, showsFigures: Bool) {
        criterion = cell.criterion.label
        state = cell.state.label
        modifier = switch cell.state {
        case .met: "non-adverse"
        case .partial: "too-few-to-conclude"
        case .notMet: "adverse"
        case .noEvidence: "n-a"
        }
        text = switch (showsFigures || !Self.quotesComposition.contains(cell.criterion), cell.state) {
        case (true, _): cell.text
        case (false, .met): cell.criterion == .representationPlan ? "On track" : "Within the region's tolerance"
        case (false, .notMet): cell.criterion == .representationPlan ? "Behind plan" : "Not within the region's tolerance"
        case (false, _): cell.text
        }
        evidenceHref = cell.evidenceBodyID.flatMap(UUID.init(uuidString:)).map { SitePath.body($0).href }
    }
}

struct MaturityView: Encodable {
    var systemColumns: [String]
    var regionColumns: [String]
    var region: [MaturityCellView]
    var systems: [MaturityRowView]

    /// `showsFigures` says, for a system code (nil for the region), whether the viewer may see
    /// its bodies' composition unsuppressed.
    init(region: [MaturityCell], systems: [(SystemEntry, [MaturityCell])], showsFigures: (String?) -> Bool) {
        systemColumns = MaturityCriterion.systemCriteria.map(\.label)
        regionColumns = MaturityCriterion.regionCriteria.map(\.label)
        let regionFigures = showsFigures(nil)
        self.region = MaturityCriterion.regionCriteria.compactMap { criterion in
            region.first { $0.criterion == criterion }.map { MaturityCellView($0, showsFigures: regionFigures) }
        }
        self.systems = systems.map { system, cells in
            let figures = showsFigures(system.code)
            return MaturityRowView(name: system.name, href: SitePath.systemGovernance(system.code).href,
                                   cells: MaturityCriterion.systemCriteria.compactMap { criterion in
                                       cells.first { $0.criterion == criterion }.map { MaturityCellView($0, showsFigures: figures) }
                                   })
        }
    }
}

struct GovernancePage: Encodable {
    var chrome: PageChrome
    var title: String
    var bodies: [BodySummaryView]
    var maturity: MaturityView?
    var canManage: Bool
    var newBodyAction: String
    var kinds: [OptionView]
    /// Where a new body may belong (a system and its organisations); empty for the region.
    var scopes: [OptionView]
}

/// A member as any page may show them: name, role and dates — never their declarations.
struct MemberView: Encodable {
    var id: String
    var name: String
    var role: String
    var represents: String?
    var voting: String
    var executive: String
    var start: String
    var end: String?
    var endAction: String?

    init(_ row: BodyMemberRow, canManage: Bool) {
        id = row.id!.uuidString
        name = row.name
        role = MemberRole(rawValue: row.role)?.label ?? row.role
        represents = row.represents
        voting = row.isVoting ? "Voting" : "Non-voting"
        executive = row.isExecutive ? "Executive" : "Non-executive"
        start = DisplayDate.date(row.start)
        end = row.end.map(DisplayDate.date)
        endAction = canManage && row.end == nil ? SitePath.endMembership(row.$body.id, row.id!).href : nil
    }
}

struct ComparisonView: Encodable {
    var reference: String
    var sentence: String
    var source: String
}

struct BodyPage: Encodable {
    var chrome: PageChrome
    var id: String
    var name: String
    var kind: String
    var level: String
    var scope: String
    var purpose: String
    var cadence: String
    var termsOfReference: String?
    var status: String
    var statusSince: String
    var chair: String?
    var members: [MemberView]
    var formerMembers: [MemberView]
    var composition: CompositionView
    var comparisons: [ComparisonView]
    var plan: PlanView?
    var canManage: Bool
    var version: Int
    var today: String
    /// Challenges to the body and its people decisions (issue 7).
    var panel: BodyPanelView?
    var roles: [OptionView] = MemberRole.allCases.map { OptionView(value: $0.rawValue, label: $0.label, selected: false) }
    var statuses: [OptionView] = BodyStatus.allCases.map { OptionView(value: $0.rawValue, label: $0.label, selected: false) }
    var ethnicities: [OptionView] = EthnicityDeclaration.allCases.map { OptionView(value: $0.rawValue, label: $0.label, selected: $0 == .notDeclared) }
    var disabilities: [OptionView] = DisabilityDeclaration.allCases.map { OptionView(value: $0.rawValue, label: $0.label, selected: $0 == .notDeclared) }
}

struct CompositionView: Encodable {
    var total: String
    var white: String
    var bme: String
    var unknown: String
    var disabled: String
    var bmePercent: String
    var disabledPercent: String
    var note: String

    init(_ composition: PublishedComposition, policy: DisclosurePolicy) {
        total = composition.total.display
        white = composition.white.display
        bme = composition.bme.display
        unknown = composition.unknown.display
        disabled = composition.disabled.display
        bmePercent = composition.bmePercent.map(DisplayFormat.percent) ?? "–"
        disabledPercent = composition.disabledPercent.map(DisplayFormat.percent) ?? "–"
        note = policy.isUnrestricted
            ? "Members in post today. Only this aggregate is ever shown, never a member's own answer."
            : "Members in post today, with small numbers hidden because you are viewing from outside this body's system."
    }
}

struct PlanView: Encodable {
    var target: String
    var expected: String
    var status: String
    var modifier: String
    var progress: [PlanPointView]

    /// `members` is the body's whole membership history, from which the share on each
    /// checkpoint (every three months from the start, and today) is worked out.
    init(_ plan: RepresentationPlan, members: [Membership], today: Date, tolerance: Double) {
        let actual = Composition.of(members, on: today).bmePercent
        let last = min(today, plan.targetDate)
        var checkpoints: [Date] = []
        for quarter in 0... {
            let date = Calendar.utc.date(byAdding: .month, value: 3 * quarter, to: plan.start)!
            // A checkpoint within a month of the last one adds a row without adding information.
            guard date < last.addingTimeInterval(-30 * 24 * 3600) else { break }
            checkpoints.append(date)
        }
        checkpoints.append(last)
        progress = checkpoints.map { day in
            PlanPointView(date: DisplayDate.date(day),
                          actual: Composition.of(members, on: day).bmePercent.map(DisplayFormat.percent) ?? "–",
                          expected: DisplayFormat.percent(plan.expectedPercent(on: day)))
        }
        target = "\(DisplayFormat.percent(plan.targetPercent)) BME members by \(DisplayDate.date(plan.targetDate)) (from \(DisplayFormat.percent(plan.startPercent)) on \(DisplayDate.date(plan.start)))"
        expected = DisplayFormat.percent(plan.expectedPercent(on: today))
        let status = plan.status(actualPercent: actual, on: today, tolerancePoints: tolerance)
        self.status = status.label
        modifier = switch status {
        case .met, .onTrack: "non-adverse"
        case .behind: "adverse"
        case .noData, .notStarted: "n-a"
        }
    }
}

struct PlanPointView: Encodable {
    var date: String
    var actual: String
    var expected: String
}
