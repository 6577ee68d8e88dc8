/// What a WDES return must provide for each metric to join a system's or the region's pool
/// (DOMAIN.md, pooling with partial returns): the counts the metric's own figure is computed
/// from, so that pooling one organisation gives its own figure.
public enum WDESProvision {
    /// The first count `counts` lacks for `metric`, as the reason its organisation is left
    /// out of that metric's pool ("no appointed count for Disabled applicants"); nil when it
    /// provides every one.
    public static func missing(_ metric: WDESMetric, in counts: WDESCounts) -> String? {
        func measures(_ measures: [(WDESMeasure, (String) -> String)], groups: [PopulationGroup] = compared) -> String? {
            Provision.missing(measures, groups: groups) { counts[metric, $0, $1] }
        }
        let survey: [(WDESMeasure, (String) -> String)] = [
            (.surveyRespondents, { "count of \($0) survey respondents" }), (.surveyYes, { "count of \($0) respondents answering yes" }),
        ]
        switch metric {
        case .representation: return headcounts(counts)
        case .appointment: return measures([(.shortlisted, { "shortlisted count for \($0) applicants" }), (.appointed, { "appointed count for \($0) applicants" })])
        case .capability:
            return measures([(.enteredCapability, { "count of \($0) staff entering the formal capability process" })])
                ?? compared.first { counts.headcount(of: $0) == nil }.map { "no metric 1 headcount of \(Provision.name($0)) staff" }
        case .reasonableAdjustments: return measures(survey, groups: [.disabled])
        case .engagement: return measures([(.surveyRespondents, { "count of \($0) engagement respondents" }), (.engagementScoreSum, { "engagement score of \($0) staff" })])
        case .voiceAction: return counts[.voiceAction, .actionTaken, .disabled] == nil ? "no answer to metric 9b" : nil
        case .board: return board(counts) ?? headcounts(counts).map { _ in "no complete metric 1 headcount to compare its board with" }
        default: return measures(survey)
        }
    }

    /// The groups a metric compares; Unknown is shown but never compared (DOMAIN.md).
    static let compared: [PopulationGroup] = [.disabled, .nonDisabled]

    private static func headcounts(_ counts: WDESCounts) -> String? {
        Provision.missing(
            rows: Workforce.allCases.flatMap { workforce in WDESCluster.clusters(of: workforce).map { (workforce, $0) } }, groups: Standard.wdes.groups,
            count: { counts[.representation, .clusterHeadcount($0.0, $0.1), $1] },
            blank: { "no \(Provision.name($1)) headcount for \($0.0.label.lowercased()) \($0.1.label)" },
            none: "no metric 1 headcounts"
        )
    }

    private static func board(_ counts: WDESCounts) -> String? {
        Provision.missing(
            rows: BoardSeat.allCases, groups: Standard.wdes.groups, count: { counts[.board, .board($0), $1] },
            blank: { "no \(Provision.name($1)) count of \($0.label.lowercased()) board members" }, none: "no board counts"
        )
    }
}
