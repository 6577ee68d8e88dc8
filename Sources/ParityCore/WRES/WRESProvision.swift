/// What a WRES return must provide for each indicator to join a system's or the region's pool
/// (DOMAIN.md, pooling with partial returns): the counts the indicator's own figure is computed
/// from, so that pooling one organisation gives its own figure.
public enum WRESProvision {
    /// The first count `counts` lacks for WRES indicator `indicator` (1–9), as the reason its
    /// organisation is left out of that indicator's pool ("no appointed count for BME
    /// applicants"); nil when it provides every one.
    public static func missing(indicator: Int, in counts: ReturnCounts) -> String? {
        func measures(_ measures: [(Measure, (String) -> String)]) -> String? {
            Provision.missing(measures, groups: compared) { counts[indicator, $0, $1] }
        }
        switch indicator {
        case 1: return headcounts(counts)
        case 2: return measures([(.shortlisted, { "shortlisted count for \($0) applicants" }), (.appointed, { "appointed count for \($0) applicants" })])
        case 3: return measures([(.enteredDisciplinary, { "count of \($0) staff entering the formal disciplinary process" })]) ?? base(counts)
        case 4: return measures([(.accessedTraining, { "count of \($0) staff accessing non-mandatory training" })]) ?? base(counts)
        case 5...8: return measures([(.surveyRespondents, { "count of \($0) survey respondents" }), (.surveyYes, { "count of \($0) respondents answering yes" })])
        case 9: return board(counts) ?? headcounts(counts).map { _ in "no complete indicator 1 headcount to compare its board with" }
        default: return "no such indicator"
        }
    }

    /// The groups an indicator compares; Unknown is shown but never compared (DOMAIN.md).
    static let compared: [PopulationGroup] = [.white, .bme]

    /// Indicators 3 and 4 divide by each compared group's indicator-1 headcount.
    private static func base(_ counts: ReturnCounts) -> String? {
        compared.first { counts.headcount(of: $0) == nil }.map { "no indicator 1 headcount of \(Provision.name($0)) staff" }
    }

    private static func headcounts(_ counts: ReturnCounts) -> String? {
        Provision.missing(
            rows: Workforce.allCases.flatMap { workforce in workforce.grades.map { (workforce, $0) } }, groups: Standard.wres.groups,
            count: { counts[1, .headcount($0.0, $0.1), $1] },
            blank: { "no \(Provision.name($1)) headcount for \($0.0.label.lowercased()) \($0.1.label)" },
            none: "no indicator 1 headcounts"
        )
    }

    private static func board(_ counts: ReturnCounts) -> String? {
        Provision.missing(
            rows: BoardSeat.allCases, groups: Standard.wres.groups, count: { counts[9, .board($0), $1] },
            blank: { "no \(Provision.name($1)) count of \($0.label.lowercased()) board members" }, none: "no board counts"
        )
    }
}
