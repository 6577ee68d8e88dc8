import Foundation

/// The cycle a new action plan is for by default: the newest reporting year whose snapshot
/// date (31 March) has passed, whose returns the plan answers.
enum PlanYear {
    static func current(now: Date) -> Int {
        let year = Calendar.utc.component(.year, from: now)
        return now >= Calendar.utc.snapshotDate(year: year) ? year : year - 1
    }
}
