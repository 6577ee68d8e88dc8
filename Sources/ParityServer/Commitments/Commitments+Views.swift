import Foundation
import ParityCore

/// A delivery status as a page shows it: always its words, with a tag whose colour repeats them.
struct StatusView: Encodable {
    var value: String
    var label: String
    var cssClass: String
    var isEscalated: Bool

    init(_ status: DeliveryStatus) {
        value = status.rawValue
        label = status.label
        isEscalated = status.isEscalated
        cssClass = switch status {
        case .red: "p-flag p-flag--adverse"
        case .amber: "p-flag p-flag--too-few-to-conclude"
        case .green: "p-flag p-flag--non-adverse"
        case .complete: "p-flag p-flag--favourable"
        case .doneTargetMissed: "p-flag p-flag--n-a"
        case .declined: "p-tag p-tag--grey"
        }
    }
}

/// One commitment in a list or table.
struct CommitmentSummaryView: Encodable {
    var href: String
    var title: String
    var systemCode: String
    var systemName: String
    var systemCommitmentsHref: String
    var horizon: String
    var horizonLabel: String
    var due: String
    var declared: String
    var lastUpdate: String
    var status: StatusView
    var reason: String

    init(_ c: AssessedCommitment) {
        href = SitePath.commitment(c.id).href
        title = c.title
        systemCode = c.systemCode
        systemName = c.systemName
        systemCommitmentsHref = SitePath.systemCommitments(c.systemCode).href
        horizon = c.span.text
        horizonLabel = c.span.label
        due = DisplayDate.date(c.due)
        declared = c.declared.label
        lastUpdate = c.lastUpdate.map(DisplayDate.date) ?? "never"
        status = StatusView(c.status)
        reason = c.reason
    }
}

/// A measurable target with its evaluated outcome.
struct TargetView: Encodable {
    var text: String
    var outcome: String
    var cssClass: String
    var explanation: String

    init(_ result: TargetResult) {
        text = result.target.text
        outcome = result.outcome.label
        explanation = result.explanation
        cssClass = switch result.outcome {
        case .met: "p-flag p-flag--non-adverse"
        case .notMet: "p-flag p-flag--adverse"
        case .notYetDue: "p-tag p-tag--grey"
        case .noData: "p-flag p-flag--n-a"
        }
    }
}

struct ProgressUpdateView: Encodable {
    var at: String
    var author: String
    var text: String
    var evidence: [String]
    var stateChange: String?

    init(_ row: ProgressUpdateRow) {
        at = DisplayDate.dateTime(row.postedAt)
        author = row.author
        text = row.text
        evidence = CommitmentTags.decode(row.evidence)
        stateChange = row.stateChange.flatMap(DeclaredState.init(rawValue:))?.label
    }
}

struct PanelCommentView: Encodable {
    var at: String
    var author: String
    var text: String

    init(_ row: PanelCommentRow) {
        at = DisplayDate.dateTime(row.postedAt)
        author = row.author
        text = row.text
    }
}

/// `/commitments/{id}`.
struct CommitmentPageView: Encodable {
    var chrome: PageChrome
    var id: String
    var version: Int
    var title: String
    var text: String
    var programme: String
    var systemName: String
    var systemCode: String
    var systemCommitmentsHref: String
    var horizonLabel: String
    var horizonNote: String?
    var tags: [String]
    var due: String
    var dueISO: String
    var dueBasis: String
    var completesLong: Bool
    var longMonths: Int
    var status: StatusView
    var reason: String
    var ruleDescription: String
    var declared: String
    var response: String?
    var responseReason: String?
    var created: String
    var lastUpdate: String
    var targets: [TargetView]
    var updates: [ProgressUpdateView]
    var comments: [PanelCommentView]
    var canManage: Bool
    var canComment: Bool
    var states: [OptionView]
    var responses: [OptionView]
    var measures: [OptionView]
    var errors: [FieldErrorView]
    var updatesHref: String
    var responseHref: String
    var commentsHref: String
    var dueDateHref: String
    var targetsHref: String
    var apiHref: String
    /// What staff voice prompted the commitment ("you said, we did"), and the form to add to it.
    var voiceLinks: [String] = []
    var voiceLinksHref: String = ""
    var voiceThemes: [OptionView] = []
    var youSaidWeDidHref: String = ""
}

extension CommitmentPageView {
    init(chrome: PageChrome, _ c: AssessedCommitment, updates: [ProgressUpdateRow], comments: [PanelCommentRow],
         canManage: Bool, canComment: Bool, errors: [FieldErrorView]) {
        self.init(
            chrome: chrome, id: c.id.uuidString, version: c.version, title: c.title, text: c.text, programme: c.programmeName,
            systemName: c.systemName, systemCode: c.systemCode, systemCommitmentsHref: SitePath.systemCommitments(c.systemCode).href,
            horizonLabel: c.span.label + " (" + c.span.text + ")", horizonNote: c.horizonNote, tags: c.tags,
            due: DisplayDate.date(c.due), dueISO: ISODay.format(c.due), dueBasis: c.dueBasis,
            completesLong: c.span.completes == .long, longMonths: c.longMonths,
            status: StatusView(c.status), reason: c.reason, ruleDescription: DeliveryRule.standard.ruleDescription,
            declared: c.declared.label, response: c.response?.label, responseReason: c.responseReason,
            created: DisplayDate.date(c.created), lastUpdate: c.lastUpdate.map(DisplayDate.dateTime) ?? "never",
            targets: c.targets.map(TargetView.init), updates: updates.map(ProgressUpdateView.init), comments: comments.map(PanelCommentView.init),
            canManage: canManage, canComment: canComment,
            states: DeclaredState.allCases.map { OptionView(value: $0.rawValue, label: $0.label, selected: false) },
            responses: SystemResponse.allCases.map { OptionView(value: $0.rawValue, label: $0.label, selected: $0 == c.response) },
            measures: TargetMeasureChoice.all.map { OptionView(value: $0.rawValue, label: $0.label, selected: false) },
            errors: errors,
            updatesHref: SitePath.commitmentUpdates(c.id).href, responseHref: SitePath.commitmentResponse(c.id).href,
            commentsHref: SitePath.commitmentComments(c.id).href, dueDateHref: SitePath.commitmentDueDate(c.id).href,
            targetsHref: SitePath.commitmentTargets(c.id).href, apiHref: SitePath.apiCommitment(c.id).href
        )
    }
}

/// The measures a target form offers, in the order people look for them.
enum TargetMeasureChoice {
    static let all: [(rawValue: String, label: String)] = {
        let measures: [TargetMeasure] = [.relativeLikelihood(indicator: 2), .relativeLikelihood(indicator: 3), .relativeLikelihood(indicator: 4)]
            + (5...8).map { .surveyGapPoints(indicator: $0) }
            + [.bmeSeniorSharePercent, .bmeWorkforceSharePercent, .boardDifferencePoints, .modelEmployerShortfall]
        return measures.map { ($0.rawValue, $0.name.prefix(1).uppercased() + $0.name.dropFirst()) }
    }()
}
