/// The checks run on a return when it is signed off (issue 13). Each reads the owning
/// organisation's own unsuppressed figures; the thresholds are `DataQualityThresholds`.
public enum DataQualityCheck {
    /// Warnings for a WRES return, `previous` being last year's figures for the same
    /// organisation when there are any: large movements of any headline (indicators 1–9),
    /// unknown ethnicity above the limit, survey groups under the reporting minimum
    /// (indicators 5–8) and too few disciplinary cases (indicator 3).
    public static func wres(current: ScopeFigures, previous: ScopeFigures?, thresholds: DataQualityThresholds = .standard) -> [DataQualityWarning] {
        let now = PublishedWRES(current, policy: .unrestricted)
        let report = current.report
        var warnings: [DataQualityWarning] = []
        if let previous {
            let before = PublishedWRES(previous, policy: .unrestricted)
            for indicator in 1...9 {
                let limit = (2...4).contains(indicator) ? thresholds.likelihoodMovement : thresholds.pointsMovement
                if let moved = movement(
                    subject: "Indicator \(indicator)", before: before.headlineValue(indicator: indicator), after: now.headlineValue(indicator: indicator),
                    beforeText: before.headlineText(indicator: indicator), afterText: now.headlineText(indicator: indicator),
                    years: (previous.year, current.year), limit: limit, isRatio: (2...4).contains(indicator)
                ) { warnings.append(moved) }
            }
        }
        if let unknown = unknownShare(report.representation.overall[.unknown], of: report.representation.overallTotal,
                                      limit: thresholds.unknownEthnicityPercent, what: "ethnicity") {
            warnings.append(unknown)
        }
        for indicator in 5...8 {
            guard let survey = report.surveys[indicator] else { continue }
            for (group, answers) in [("BME", survey.bme), ("White", survey.white)] {
                if let small = smallSurveyGroup(subject: "Indicator \(indicator)", group: group, answers, minimum: thresholds.minimumSurveyRespondents) {
                    warnings.append(small)
                }
            }
        }
        if let disciplinary = report.likelihoods[3] {
            for (group, cases) in [("BME", disciplinary.focus), ("White", disciplinary.reference)] {
                if let small = smallCaseBase(subject: "Indicator 3", group: group, cases, process: "the formal disciplinary process", minimum: thresholds.minimumCases) {
                    warnings.append(small)
                }
            }
        }
        return warnings
    }

    /// Warnings for a WDES return, as `wres` does for race: large movements of the headline
    /// of every metric compared in percent, points or as a likelihood (not 9a, on a 0–10
    /// scale, nor 9b, an answer), unknown disability status above its limit, survey groups
    /// under the minimum (4a(i)–7) and too few capability cases (metric 3).
    public static func wdes(current: WDESScopeFigures, previous: WDESScopeFigures?, thresholds: DataQualityThresholds = .standard) -> [DataQualityWarning] {
        let now = PublishedWDES(current, policy: .unrestricted)
        let report = current.report
        var warnings: [DataQualityWarning] = []
        if let previous {
            let before = PublishedWDES(previous, policy: .unrestricted)
            for metric in WDESMetric.allCases where metric != .engagement && metric != .voiceAction {
                let isRatio = WDESMetric.likelihoods.contains(metric)
                if let moved = movement(
                    subject: "Metric \(metric.rawValue)", before: before.headlineValue(metric: metric), after: now.headlineValue(metric: metric),
                    beforeText: before.headlineText(metric: metric), afterText: now.headlineText(metric: metric),
                    years: (previous.year, current.year), limit: isRatio ? thresholds.likelihoodMovement : thresholds.pointsMovement, isRatio: isRatio
                ) { warnings.append(moved) }
            }
        }
        if let unknown = unknownShare(report.representation.overall[.unknown], of: report.representation.overallTotal,
                                      limit: thresholds.unknownDisabilityPercent, what: "disability status") {
            warnings.append(unknown)
        }
        for metric in WDESMetric.surveyGaps {
            guard let survey = report.surveys[metric] else { continue }
            for (group, answers) in [("Disabled", survey.disabled), ("non-disabled", survey.nonDisabled)] {
                if let small = smallSurveyGroup(subject: "Metric \(metric.rawValue)", group: group, answers, minimum: thresholds.minimumSurveyRespondents) {
                    warnings.append(small)
                }
            }
        }
        if let capability = report.likelihoods[.capability] {
            for (group, cases) in [("Disabled", capability.focus), ("non-disabled", capability.reference)] {
                if let small = smallCaseBase(subject: "Metric 3", group: group, cases, process: "the formal capability process", minimum: thresholds.minimumCases) {
                    warnings.append(small)
                }
            }
        }
        return warnings
    }

    /// A warning when a headline moved by more than `limit` (strictly) between two years.
    private static func movement(subject: String, before: Double?, after: Double?, beforeText: String, afterText: String,
                                 years: (Int, Int), limit: Double, isRatio: Bool) -> DataQualityWarning? {
        guard let before, let after, abs(after - before) > limit else { return nil }
        let unit = isRatio ? DisplayFormat.ratio(limit) : "\(DisplayFormat.decimal(limit, places: 0)) points"
        return DataQualityWarning(kind: .largeMovement, subject: subject,
                                  message: "\(subject) moved from \(beforeText) in \(years.0) to \(afterText) in \(years.1), more than \(unit): check the figures before signing off.")
    }

    /// A warning when the unknown group is more than `limit` percent of the workforce.
    private static func unknownShare(_ unknown: Int?, of total: Int, limit: Double, what: String) -> DataQualityWarning? {
        guard total > 0, let unknown else { return nil }
        let percent = Double(unknown) * 100 / Double(total)
        guard percent > limit else { return nil }
        return DataQualityWarning(kind: .unknownShare, subject: "Workforce",
                                  message: "\(what.prefix(1).uppercased() + what.dropFirst()) is unknown for \(DisplayFormat.percent(percent)) of the workforce (\(unknown) of \(total)), more than \(DisplayFormat.decimal(limit, places: 0))%: comparisons leave these staff out.")
    }

    /// A warning when a survey group answered but is under the reporting minimum.
    private static func smallSurveyGroup(subject: String, group: String, _ answers: Proportion?, minimum: Int) -> DataQualityWarning? {
        guard let answers, answers.base > 0, answers.base < minimum else { return nil }
        return DataQualityWarning(kind: .smallSurveyGroup, subject: subject,
                                  message: "\(subject): only \(answers.base) \(group) respondents, under the reporting minimum of \(minimum); the figure will not be reported.")
    }

    /// A warning when a group with staff had fewer than `minimum` cases entering a process.
    private static func smallCaseBase(subject: String, group: String, _ cases: Proportion?, process: String, minimum: Int) -> DataQualityWarning? {
        guard let cases, cases.base > 0, cases.events < minimum else { return nil }
        return DataQualityWarning(kind: .smallCaseBase, subject: subject,
                                  message: "\(subject): only \(cases.events) \(group) staff entered \(process); a relative likelihood from fewer than \(minimum) cases is too unstable to conclude from.")
    }
}
