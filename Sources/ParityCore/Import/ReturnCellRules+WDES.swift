/// The rules for the cells of a WDES row (issue 8: the same return file, `standard` = `WDES`).
extension ReturnCellRules {
    /// The `indicator` cell of a WDES row: a metric id such as "4a-i".
    func metric(_ text: String) -> Result<WDESMetric, ReturnCellProblem> {
        if let metric = WDESMetric(rawValue: text) { return .success(metric) }
        let hint = WDESMetric(rawValue: text.lowercased()).map { " (did you mean '\($0.rawValue)'?)" } ?? ""
        return .failure(ReturnCellProblem(kind: .invalidIndicator, column: .indicator,
            message: "the indicator \(ImportText.found(text)) is not a WDES metric; expected one of "
                + ImportText.list(WDESMetric.allCases.map(\.rawValue)) + hint))
    }

    func wdesMeasure(_ text: String) -> Result<WDESMeasure, ReturnCellProblem> {
        if let measure = Self.wdesMeasures[text] { return .success(measure) }
        let clusters = "cluster-headcount:WORKFORCE:CLUSTER, where WORKFORCE is "
            + ImportText.list(Workforce.allCases.map(\.rawValue))
            + "; CLUSTER for non-clinical and clinical is one of " + WDESCluster.clusters(of: .clinical).map(\.rawValue).joined(separator: ", ")
            + "; CLUSTER for medical is one of " + WDESCluster.clusters(of: .medical).map(\.rawValue).joined(separator: ", ")
        let expected: String
        if text.hasPrefix("cluster-headcount:") {
            expected = "expected " + clusters
        } else if text.hasPrefix("headcount:") {
            expected = "WDES metric 1 counts staff by pay cluster, so expected " + clusters
        } else if text.hasPrefix("board:") {
            expected = "expected " + ImportText.list(BoardSeat.allCases.map { WDESMeasure.board($0).rawValue })
        } else {
            expected = "expected a WDES measure of the template, such as cluster-headcount:clinical:afc-5-7, "
                + ImportText.list([WDESMeasure.shortlisted, .appointed, .enteredCapability, .surveyRespondents, .surveyYes,
                                   .engagementScoreSum, .actionTaken, .board(.votingExecutive)].map(\.rawValue))
        }
        return .failure(ReturnCellProblem(kind: .unknownMeasure, column: .measure,
                                          message: "unknown WDES measure \(ImportText.found(text)); \(expected)"))
    }

    /// The measure must belong to the row's metric (`WDESMeasure.metrics`).
    func measure(_ measure: WDESMeasure, fits metric: WDESMetric) -> ReturnCellProblem? {
        let metrics = measure.metrics
        guard !metrics.contains(metric) else { return nil }
        let expected = metrics.count == 1
            ? "metric \(metrics[0].rawValue)"
            : "one of metrics " + ImportText.list(metrics.map(\.rawValue))
        return ReturnCellProblem(kind: .measureNotValidForIndicator, column: .indicator,
                                 message: "WDES metric \(metric.rawValue) has no measure '\(measure.rawValue)'; expected \(expected) for this measure")
    }

    /// The `group` cell of a WDES row: Disabled, non-disabled or Unknown.
    func wdesGroup(_ text: String) -> Result<PopulationGroup, ReturnCellProblem> {
        let result = group(text, standard: .wdes)
        guard case let .failure(problem) = result, IntersectionGroup(rawValue: text) != nil else { return result }
        return .failure(ReturnCellProblem(kind: problem.kind, column: problem.column,
            message: problem.message + " (a race × disability group such as '\(text)' goes on a WRES row, for indicators 1 to 4)"))
    }

    /// Metric 9b is answered once per organisation, on the `disabled` row; metric 8 is asked
    /// of Disabled staff only (`WDESMeasure.groups(in:)`).
    func group(_ group: PopulationGroup, fits measure: WDESMeasure, of metric: WDESMetric?) -> ReturnCellProblem? {
        let groups = measure.groups(in: metric)
        guard !groups.contains(group) else { return nil }
        let why = measure == .actionTaken
            ? "'\(measure.rawValue)' row: metric 9b is one yes/no answer for the organisation"
            : "metric 8 row: metric 8 (reasonable adjustments) is asked of Disabled staff only"
        return ReturnCellProblem(kind: .groupNotValidForMeasure, column: .group,
            message: "the group '\(group.rawValue)' has no \(why); expected " + ImportText.list(groups.map(\.rawValue)))
    }

    /// The `count` cell of a WDES row. Metric 9b's count is a yes/no answer, 1 or 0; metric 9a's
    /// score sum is in hundredths of a point, up to 10 points (1,000) per respondent.
    func wdesCount(_ text: String, measure: WDESMeasure?) -> Result<Int?, ReturnCellProblem> {
        switch measure {
        case .engagementScoreSum:
            return count(text, unit: "hundredths of a point", maximum: limits.maximumCount * Self.engagementHundredthsPerRespondent)
        case .actionTaken:
            let result = count(text)
            guard case let .success(count?) = result, count > 1 else { return result }
            return .failure(ReturnCellProblem(kind: .actionTakenNotYesOrNo, column: .count,
                message: "the action-taken count \(ImportText.found(text)) is not a yes/no answer; expected 1 when the organisation took action to help Disabled staff's voices be heard, 0 when it did not"))
        default:
            return count(text)
        }
    }

    /// The most a metric 9a score sum can hold per respondent: a score of 10 in hundredths.
    static let engagementHundredthsPerRespondent = 1_000

    private static let wdesMeasures: [String: WDESMeasure] =
        Dictionary(uniqueKeysWithValues: WDESMeasure.allWDES.map { ($0.rawValue, $0) })
}
