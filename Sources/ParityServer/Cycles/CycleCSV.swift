import ParityCore

/// The tracker as CSV: one row per organisation, in the tracker's order. Late reasons are
/// left out: the CSV is as public as the tracker.
enum CycleCSV {
    static func rows(_ rows: [TrackedSubmission], cycle: ReportingCycle) -> [[String]] {
        let header = ["Cycle", "System", "Organisation code", "Organisation", "State", "Late", "Days to deadline",
                      "Latest version", "Signed off by", "Job title", "First signed off", "Published"]
        let lines = rows.map { row in
            [cycle.name, row.systemName, row.organisation.code, row.organisation.name, row.state.label, row.isLate ? "Yes" : "No",
             "\(row.daysToDeadline)", row.latestVersion.map { "\($0)" } ?? "", row.signedOffBy ?? "", row.signedOffTitle ?? "",
             row.firstSignedOff.map(DateInput.format) ?? "", row.publishedAt.map(DateInput.format) ?? ""]
        }
        return [header] + lines
    }
}
