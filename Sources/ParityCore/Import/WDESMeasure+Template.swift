extension WDESMeasure {
    /// Every measure of the WDES return, in template order: metric 1 headcounts, then the
    /// measures of metrics 2 to 9b, then board seats (metric 10).
    static let allWDES: [WDESMeasure] =
        allClusterHeadcounts
        + [.shortlisted, .appointed, .enteredCapability, .surveyRespondents, .surveyYes, .engagementScoreSum, .actionTaken]
        + BoardSeat.allCases.map { .board($0) }

    /// The groups a row of this measure may name: metric 9b is one yes/no answer for the
    /// organisation, recorded on the `disabled` row; every other measure takes any WDES group.
    var groups: [PopulationGroup] {
        self == .actionTaken ? [.disabled] : Standard.wdes.groups
    }
}
