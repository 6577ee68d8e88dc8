extension ReturnFileParser {
    /// Checks race × disability counts that must agree within one WRES return: appointed ≤
    /// shortlisted per group (indicator 2); indicator 3 and 4 events ≤ the group's total
    /// indicator 1 headcount, when the file gives that headcount.
    static func checkAcrossRows(_ rows: [Located<IntersectionReturnRow>], issues: inout ImportIssueCollector) {
        let place = issues.place
        var shortlisted: [ReturnKey: [IntersectionGroup: Located<IntersectionReturnRow>]] = [:]
        var headcounts: [ReturnKey: [IntersectionGroup: Int]] = [:]
        for located in rows {
            let row = located.value
            switch row.measure {
            case .shortlisted: shortlisted[row.returnKey, default: [:]][row.group] = located
            case .headcount: headcounts[row.returnKey, default: [:]][row.group, default: 0] += row.count
            default: continue
            }
        }
        for located in rows {
            let row = located.value
            let whose = "\(row.group.label) \(row.measure == .appointed ? "applicants" : "staff") of \(row.organisation) in \(row.year)"
            switch row.measure {
            case .appointed:
                guard let base = shortlisted[row.returnKey]?[row.group], row.count > base.value.count else { continue }
                issues.add(.appointedExceedsShortlisted, row: located.row, column: ReturnColumn.count.rawValue,
                           "appointed \(row.count) is more than shortlisted \(base.value.count) (\(place(base.row))) for \(whose); "
                               + "expected at most \(base.value.count), as people are appointed from those shortlisted")
            case .enteredDisciplinary, .accessedTraining:
                guard let headcount = headcounts[row.returnKey]?[row.group], row.count > headcount else { continue }
                issues.add(.eventsExceedHeadcount, row: located.row, column: ReturnColumn.count.rawValue,
                           "\(row.measure.rawValue) \(row.count) is more than the indicator 1 headcount of \(whose) "
                               + "(\(headcount), the sum of this file's \(row.group.rawValue) headcount rows); expected at most \(headcount)")
            default:
                continue
            }
        }
    }
}
