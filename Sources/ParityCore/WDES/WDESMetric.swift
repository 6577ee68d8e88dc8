/// The metrics of the Workforce Disability Equality Standard, by their published ids; the raw
/// value is the `indicator` column of a WDES return (DOMAIN.md, WDES metrics).
public enum WDESMetric: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case representation = "1"
    case appointment = "2"
    case capability = "3"
    case harassmentFromPublic = "4a-i"
    case harassmentFromManagers = "4a-ii"
    case harassmentFromColleagues = "4a-iii"
    case reportedHarassment = "4b"
    case equalOpportunities = "5"
    case pressureToWorkWhenUnwell = "6"
    case valuedWork = "7"
    case reasonableAdjustments = "8"
    case engagement = "9a"
    case voiceAction = "9b"
    case board = "10"

    /// Metrics 2 and 3: relative likelihoods oriented so that above 1 is adverse to Disabled staff.
    public static let likelihoods: [WDESMetric] = [.appointment, .capability]

    /// Metrics 4a(i) to 7: Staff Survey percentages compared as Disabled % − non-disabled %.
    public static let surveyGaps: [WDESMetric] = [
        .harassmentFromPublic, .harassmentFromManagers, .harassmentFromColleagues,
        .reportedHarassment, .equalOpportunities, .pressureToWorkWhenUnwell, .valuedWork,
    ]

    /// True where a higher percentage is better for staff, so a lower Disabled % is adverse:
    /// 4b (reported it), 5 (equal opportunities), 7 (valued) and 8 (adjustments).
    public var higherIsBetter: Bool {
        [.reportedHarassment, .equalOpportunities, .valuedWork, .reasonableAdjustments].contains(self)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
