extension ReturnFileParser {
    /// Checks counts that must agree within one return (organisation, year, standard):
    /// appointed ≤ shortlisted per group (WRES indicator 2); survey yes ≤ respondents per
    /// indicator and group (indicators 5–8); indicator 3 and 4 events ≤ the group's total
    /// indicator 1 headcount, when the file gives that headcount.
    static func checkAcrossRows(_ rows: [Located<ReturnRow>], issues: inout ImportIssueCollector) {
        let place = issues.place
        var cells: [ReturnKey: [CountKey: Located<ReturnRow>]] = [:]
        var headcounts: [ReturnKey: [PopulationGroup: Int]] = [:]
        for located in rows {
            let row = located.value
            cells[row.returnKey, default: [:]][row.key] = located
            if case .headcount = row.measure { headcounts[row.returnKey, default: [:]][row.group, default: 0] += row.count }
        }
        for located in rows {
            let row = located.value
            let whose = "\(row.group.label) \(row.measure == .appointed ? "applicants" : "staff") of \(row.organisation) in \(row.year)"
            func base(_ measure: Measure) -> Located<ReturnRow>? {
                cells[row.returnKey]?[CountKey(indicator: row.indicator, measure: measure, group: row.group)]
            }
            switch row.measure {
            case .appointed:
                guard let shortlisted = base(.shortlisted), row.count > shortlisted.value.count else { continue }
                issues.add(.appointedExceedsShortlisted, row: located.row, column: ReturnColumn.count.rawValue,
                           "appointed \(row.count) is more than shortlisted \(shortlisted.value.count) (\(place(shortlisted.row))) for \(whose); "
                               + "expected at most \(shortlisted.value.count), as people are appointed from those shortlisted")
            case .surveyYes:
                guard let respondents = base(.surveyRespondents), row.count > respondents.value.count else { continue }
                issues.add(.surveyYesExceedsRespondents, row: located.row, column: ReturnColumn.count.rawValue,
                           "survey-yes \(row.count) is more than survey-respondents \(respondents.value.count) (\(place(respondents.row))) "
                               + "for \(whose), indicator \(row.indicator); expected at most \(respondents.value.count), as yes answers come from respondents")
            case .enteredDisciplinary, .accessedTraining:
                guard let headcount = headcounts[row.returnKey]?[row.group], row.count > headcount else { continue }
                issues.add(.eventsExceedHeadcount, row: located.row, column: ReturnColumn.count.rawValue,
                           "\(row.measure.rawValue) \(row.count) is more than the indicator 1 headcount of \(whose) "
                               + "(\(headcount), the sum of this file's headcount rows); expected at most \(headcount)")
            default:
                continue
            }
        }
    }
}
