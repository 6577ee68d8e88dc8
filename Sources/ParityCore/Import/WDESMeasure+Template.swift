extension WDESMeasure {
    /// Every measure of the WDES return, in template order: metric 1 headcounts, then the
    /// measures of metrics 2 to 9b, then board seats (metric 10).
    static let allWDES: [WDESMeasure] =
        allClusterHeadcounts
        + [.shortlisted, .appointed, .enteredCapability, .surveyRespondents, .surveyYes, .engagementScoreSum, .actionTaken]
        + BoardSeat.allCases.map { .board($0) }

    /// The groups a row of this measure may name for `metric` (nil when the row's metric is
    /// not known): metric 9b is one yes/no answer for the organisation, recorded on the
    /// `disabled` row; metric 8 (reasonable adjustments) is asked of Disabled staff only
    /// (DOMAIN.md, WDES metrics); every other measure takes any WDES group.
    func groups(in metric: WDESMetric?) -> [PopulationGroup] {
        self == .actionTaken || metric == .reasonableAdjustments ? [.disabled] : Standard.wdes.groups
    }
}
