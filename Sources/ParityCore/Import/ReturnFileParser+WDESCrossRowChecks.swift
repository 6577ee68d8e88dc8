extension ReturnFileParser {
    /// Checks counts that must agree within one WDES return (organisation, year): appointed ≤
    /// shortlisted per group (metric 2); survey yes ≤ respondents per metric and group (4a–8);
    /// metric 9a's score sum ≤ 10 points per respondent; metric 3 capability entries ≤ the
    /// group's total metric 1 headcount, when the file gives that headcount.
    static func checkAcrossRows(_ rows: [Located<WDESReturnRow>], issues: inout ImportIssueCollector) {
        let place = issues.place
        var cells: [ReturnKey: [WDESCountKey: Located<WDESReturnRow>]] = [:]
        var headcounts: [ReturnKey: [PopulationGroup: Int]] = [:]
        for located in rows {
            let row = located.value
            cells[row.returnKey, default: [:]][row.key] = located
            if case .clusterHeadcount = row.measure { headcounts[row.returnKey, default: [:]][row.group, default: 0] += row.count }
        }
        for located in rows {
            let row = located.value
            let whose = "\(row.group.label) \(row.measure == .appointed ? "applicants" : "staff") of \(row.organisation) in \(row.year)"
            func base(_ measure: WDESMeasure) -> Located<WDESReturnRow>? {
                cells[row.returnKey]?[WDESCountKey(metric: row.metric, measure: measure, group: row.group)]
            }
            switch row.measure {
            case .appointed:
                guard let shortlisted = base(.shortlisted), row.count > shortlisted.value.count else { continue }
                issues.add(.appointedExceedsShortlisted, row: located.row, column: ReturnColumn.count.rawValue,
                           "appointed \(row.count) is more than shortlisted \(shortlisted.value.count) (\(place(shortlisted.row))) for \(whose), WDES metric 2; "
                               + "expected at most \(shortlisted.value.count), as people are appointed from those shortlisted")
            case .surveyYes:
                guard let respondents = base(.surveyRespondents), row.count > respondents.value.count else { continue }
                issues.add(.surveyYesExceedsRespondents, row: located.row, column: ReturnColumn.count.rawValue,
                           "survey-yes \(row.count) is more than survey-respondents \(respondents.value.count) (\(place(respondents.row))) "
                               + "for \(whose), WDES metric \(row.metric.rawValue); expected at most \(respondents.value.count), as yes answers come from respondents")
            case .engagementScoreSum:
                guard let respondents = base(.surveyRespondents) else { continue }
                let maximum = respondents.value.count * ReturnCellRules.engagementHundredthsPerRespondent
                guard row.count > maximum else { continue }
                issues.add(.engagementScoreExceedsMaximum, row: located.row, column: ReturnColumn.count.rawValue,
                           "engagement-score-sum \(ImportText.grouped(row.count)) is more than 10 points for each of the \(respondents.value.count) "
                               + "survey-respondents (\(place(respondents.row))) for \(whose), WDES metric 9a; expected at most \(ImportText.grouped(maximum)), "
                               + "the sum of respondents' scores from 0 to 10 in hundredths of a point")
            case .enteredCapability:
                guard let headcount = headcounts[row.returnKey]?[row.group], row.count > headcount else { continue }
                issues.add(.eventsExceedHeadcount, row: located.row, column: ReturnColumn.count.rawValue,
                           "entered-capability \(row.count) is more than the WDES metric 1 headcount of \(whose) "
                               + "(\(headcount), the sum of this file's cluster-headcount rows); expected at most \(headcount)")
            default:
                continue
            }
        }
    }
}
