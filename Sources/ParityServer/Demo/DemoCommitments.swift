import Fluent
import Foundation
import ParityCore

/// The demo region's race equality programme: the strategy's recommendations as commitments
/// of every demo system, with updates, responses, agreed dates and targets bound to the demo
/// returns chosen so that, on the day the demo is seeded, every delivery status appears.
/// Deterministic: the same `now` and returns give the same commitments.
struct DemoCommitments {
    let database: Database
    let now: Date
    let latestYear: Int


    /// What a demo commitment is made to show.
    enum Scenario: CaseIterable {
        case green, blocked, doneTargetMissed, dueSoon, red, stale, complete, declined
    }

    /// The scenario of the `recommendation`-th recommendation in the `system`-th system: spread
    /// so each system has a mix and each status appears.
    static func scenario(system: Int, recommendation: Int) -> Scenario {
        Scenario.allCases[(system + 3 * recommendation) % Scenario.allCases.count]
    }

    /// Runs inside the demo seeder's transaction, after the returns are written.
    func seed(regionName: String) async throws {
        let file = try StrategyFile.bundled()
        let start = Calendar.utc.date(from: DateComponents(year: latestYear - 1, month: 4, day: 1))!
        let systems = try await SystemRow.query(on: database).sort(\.$code).all()
        guard let programme = try await ProgrammeLoader(database: database, actor: "parity", now: now)
            .load(name: "\(regionName) race equality strategy", start: start, ownerRegion: regionName, recommendations: file.recommendations, systems: systems.map(\.code))
        else { return }
        let figures = try await IndicatorLoader(database: database).load(year: latestYear)
        let recommendations = try await RecommendationRow.query(on: database).filter(\.$programme.$id == programme.id!).sort(\.$position).all()
        for (s, system) in systems.enumerated() {
            let report = figures.structure.system(code: system.code).map { WRESRollUp.system($0, year: latestYear, counts: figures.counts).report }
            for (r, recommendation) in recommendations.enumerated() {
                guard let row = try await CommitmentRow.query(on: database)
                    .filter(\.$recommendation.$id == recommendation.id!).filter(\.$systemCode == system.code).first() else { continue }
                try await apply(Self.scenario(system: s, recommendation: r), to: row, system: system.code, report: report,
                                bindsModelEmployer: s < Self.modelEmployerSystems && r == 0)
            }
        }
    }

    /// How many systems (the first by code) bind a Model Employer target, "on Model Employer
    /// track at 8a–VSM" in the latest year, to their first commitment (open in each: green,
    /// blocked): a target judged on the demo returns, met or not, that leaves the status as it is.
    static let modelEmployerSystems = 2

    private func apply(_ scenario: Scenario, to row: CommitmentRow, system: String, report: WRESReport?, bindsModelEmployer: Bool) async throws {
        let today = Calendar.utc.startOfDay(for: now)
        let author = system == "D01" ? "system-lead@demo.parity.invalid" : "ed-i-lead.\(system.lowercased())@demo.parity.invalid"
        let opened = row.createdAt.addingTimeInterval(30 * Self.day)
        switch scenario {
        case .green:
            agree(row, dueAtLeast: 31, setTo: 90, reason: "Agreed with the People Board: phased with the system's new operating model.")
            row.response = SystemResponse.accept.rawValue
            try await update(row, at: opened, "Project group formed and terms of reference agreed.", state: .inProgress, author: author)
            try await update(row, at: today.addingTimeInterval(-12 * Self.day), "On track: the first milestones are met.", author: author, evidence: ["https://example.org/demo/\(system)/milestones"])
            try await target(row, .relativeLikelihood(indicator: 2, atMost: 1.25, year: latestYear + 1))
        case .blocked:
            agree(row, dueAtLeast: 31, setTo: 100, reason: "Agreed while the funding decision is pending.")
            row.response = SystemResponse.partlyAccept.rawValue
            row.responseReason = "Accepted in principle; the budget for the post is not yet confirmed."
            try await update(row, at: opened, "Started.", state: .inProgress, author: author)
            try await update(row, at: today.addingTimeInterval(-5 * Self.day), "Blocked: waiting for the integrated care board's funding decision.", state: .blocked, author: author)
        case .dueSoon:
            agree(row, dueAtLeast: 0, within: 30, setTo: 14, reason: "Agreed at the People Board to finish with the annual plan.")
            row.response = SystemResponse.accept.rawValue
            try await update(row, at: today.addingTimeInterval(-9 * Self.day), "Final sign-off is booked.", state: .inProgress, author: author)
        case .stale:
            agree(row, dueAtLeast: 31, setTo: 120, reason: "Agreed later date: the work waits for the system's restructure.")
            row.response = SystemResponse.accept.rawValue
            try await update(row, at: today.addingTimeInterval(-75 * Self.day), "Scoping under way.", state: .inProgress, author: author)
        case .red:
            if row.dueAt >= today { agree(row, setTo: -20, reason: "Agreed to finish before the board's annual review.") }
            row.response = SystemResponse.accept.rawValue
            try await update(row, at: opened, "Started.", state: .inProgress, author: author)
            try await update(row, at: today.addingTimeInterval(-30 * Self.day), "Delayed: the lead left; recruitment has restarted.", author: author)
            try await comment(row, at: today.addingTimeInterval(-7 * Self.day), "The panel asks the system to bring a recovery plan to the next People Board.")
        case .complete:
            row.response = SystemResponse.accept.rawValue
            try await update(row, at: opened, "Started.", state: .inProgress, author: author)
            try await update(row, at: opened.addingTimeInterval(120 * Self.day), "Done: in place and reported to the board.", state: .done, author: author, evidence: ["https://example.org/demo/\(system)/board-paper"])
            if let met = Self.metTarget(report, year: latestYear) { try await target(row, met) }
        case .doneTargetMissed:
            row.response = SystemResponse.accept.rawValue
            try await update(row, at: opened, "Started.", state: .inProgress, author: author)
            try await update(row, at: opened.addingTimeInterval(150 * Self.day), "Done.", state: .done, author: author)
            if let missed = Self.missedTarget(report, year: latestYear) { try await target(row, missed) }
        case .declined:
            row.response = SystemResponse.decline.rawValue
            row.responseReason = "The system already reports to an independent panel and will not set up another."
        }
        if bindsModelEmployer, ![.complete, .doneTargetMissed, .declined].contains(scenario) {
            try await target(row, .modelEmployerTrack(year: latestYear))
        }
        try await row.update(on: database)
    }

    /// A target the system's `year` return meets: WRES 2 RL ≤ 1.25 when it does, otherwise a
    /// floor just under its BME share of the workforce.
    static func metTarget(_ report: WRESReport?, year: Int) -> Target? {
        guard let report else { return nil }
        if let rl = report.likelihoods[2]?.relativeLikelihood, rl <= 1.25 { return .relativeLikelihood(indicator: 2, atMost: 1.25, year: year) }
        return report.representation.overallPercent(.bme).map { .workforceShare(atLeast: ($0 - 1).rounded(.down), year: year) }
    }

    /// A target the system's `year` return misses: WRES 2 RL ≤ 1.25 when it is above, otherwise
    /// a floor well above its BME share of the workforce.
    static func missedTarget(_ report: WRESReport?, year: Int) -> Target? {
        guard let report else { return nil }
        if let rl = report.likelihoods[2]?.relativeLikelihood, rl > 1.25 { return .relativeLikelihood(indicator: 2, atMost: 1.25, year: year) }
        return report.representation.overallPercent(.bme).map { .workforceShare(atLeast: ($0 + 5).rounded(.up), year: year) }
    }

    /// Agrees a due date `setTo` days from today unless the programme's date already falls
    /// `dueAtLeast`…`within` days ahead.
    private func agree(_ row: CommitmentRow, dueAtLeast: Int? = nil, within: Int = .max, setTo days: Int, reason: String) {
        let today = Calendar.utc.startOfDay(for: now)
        let ahead = ISODay.days(from: today, to: row.dueAt)
        if let dueAtLeast, ahead >= dueAtLeast, ahead <= within { return }
        row.agreedDueAt = today.addingTimeInterval(Double(days) * Self.day)
        row.agreedDueReason = reason
    }

    private func update(_ row: CommitmentRow, at date: Date, _ text: String, state: DeclaredState? = nil, author: String, evidence: [String] = []) async throws {
        let update = ProgressUpdateRow()
        update.$commitment.id = row.id!
        update.postedAt = min(date, now)
        update.text = text
        update.evidence = try CommitmentTags.encode(evidence)
        update.stateChange = state?.rawValue
        update.author = author
        try await update.create(on: database)
        if let state { row.declaredState = state.rawValue }
        row.version += 1
    }

    private func comment(_ row: CommitmentRow, at date: Date, _ text: String) async throws {
        let comment = PanelCommentRow()
        comment.$commitment.id = row.id!
        comment.postedAt = date
        comment.text = text
        comment.author = "panel@demo.parity.invalid"
        try await comment.create(on: database)
    }

    private func target(_ row: CommitmentRow, _ target: Target) async throws {
        let stored = CommitmentTargetRow()
        stored.$commitment.id = row.id!
        stored.measure = target.measure.rawValue
        stored.comparison = target.comparison.rawValue
        stored.value = target.value
        stored.year = target.year
        stored.createdAt = now
        try await stored.create(on: database)
    }

    private static let day = 86_400.0
}
