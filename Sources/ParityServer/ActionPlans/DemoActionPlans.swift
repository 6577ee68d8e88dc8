import Fluent
import Foundation
import ParityCore

/// Fictional action plans for the demo region: every organisation has a plan for the latest
/// year in one of a few shapes (on track, at risk, overdue, still a draft), each answering
/// the organisation's adverse indicators but one, which leaves one unanswered to show the
/// mark; about half are rated, and every fourth organisation has a reviewed plan for the year
/// before. Loaded inside the demo seeder's transaction, whose single audit event covers it.
struct DemoActionPlans {
    let database: Database

    private enum Shape: CaseIterable {
        case onTrack, atRisk, overdue, draft, doneWithTarget, stale
    }

    private static let actions: [(what: String, owner: String)] = [
        ("Diverse interview panels and debiased shortlisting for band 7 and above", "Head of Recruitment"),
        ("Just-culture review of every case before formal disciplinary action", "Director of People"),
        ("Reverse mentoring for the board with the staff networks", "Chief Executive"),
        ("Reasonable adjustments passport offered at induction and every appraisal", "Head of Occupational Health"),
    ]

    func seed(organisations: [ReferenceOrganisation], latestYear: Int, now: Date) async throws {
        let structure = try await StructureStore(database: database).structure(asAt: now)
        let entries = organisations.sorted { $0.code < $1.code }.compactMap { structure.organisation(code: $0.code) }
        let adverse = try await AdverseIndicators.load(database: database, organisations: entries) { _ in .publicRelease }
        let shapes = Shape.allCases
        var leftOneUncovered = false
        for (index, entry) in entries.enumerated() {
            var tags = adverse[entry.code]?.tags ?? []
            if !leftOneUncovered, tags.count > 1, shapes[index % shapes.count] != .draft {
                tags.removeLast()
                leftOneUncovered = true
            }
            try await current(entry.code, year: latestYear, shape: shapes[index % shapes.count], tags: tags,
                              rating: index % 2 == 0 ? (index % 4 == 0 ? .sufficient : .needsWork) : nil, now: now)
            if index % 4 == 0 {
                try await reviewed(entry.code, year: latestYear - 1, tags: tags, now: now)
            }
        }
    }

    private func current(_ code: String, year: Int, shape: Shape, tags: [String], rating: PlanRating?, now: Date) async throws {
        let plan = ActionPlanRow(organisationCode: code, year: year, createdAt: day(-120, now))
        if shape != .draft {
            plan.stage = PlanStage.published.rawValue
            plan.publishedAt = day(-110, now)
            if let rating {
                plan.rating = rating.rawValue
                plan.ratingReason = rating == .sufficient
                    ? "Every adverse indicator has an owned action with a date; the targets are bound to the return."
                    : "The actions are activities, not outcomes: bind at least one to a measurable target and name an owner at board level."
                plan.ratedBy = "Demo system lead"
                plan.ratedAt = day(-90, now)
            }
        }
        try await plan.create(on: database)
        for (index, slice) in Self.slices(tags).enumerated() {
            let template = Self.actions[index % Self.actions.count]
            var due = day(120 + 60 * index, now)
            var lastUpdate = day(-14, now)
            var state = DeclaredState.inProgress
            var target: Target?
            switch (shape, index) {
            case (.atRisk, 0): due = day(20, now)
            case (.overdue, 0): due = day(-45, now)
            case (.stale, 0): lastUpdate = day(-75, now)
            case (.doneWithTarget, 0):
                state = .done
                target = Target(measure: .relativeLikelihood(indicator: 2), comparison: .atMost, value: 1.25, year: year)
            case (.onTrack, 0):
                target = Target(measure: .bmeSeniorSharePercent, comparison: .atLeast, value: 15, year: year + 1)
            default: break
            }
            let action = try await insert(plan, position: index + 1, template: template, tags: slice, due: due, state: state, created: day(-118, now))
            if shape != .draft {
                try await update(action, at: lastUpdate, text: "Progress reported to the People Committee (demo).", state: state == .done ? .done : nil)
            }
            if let target { try await insert(target, on: action, now: day(-118, now)) }
        }
    }

    private func reviewed(_ code: String, year: Int, tags: [String], now: Date) async throws {
        let plan = ActionPlanRow(organisationCode: code, year: year, createdAt: day(-480, now))
        plan.stage = PlanStage.reviewed.rawValue
        plan.publishedAt = day(-470, now)
        plan.reviewedAt = day(-100, now)
        plan.rating = PlanRating.sufficient.rawValue
        plan.ratingReason = "A focused plan with owners and dates for every adverse indicator."
        plan.ratedBy = "Demo system lead"
        plan.ratedAt = day(-450, now)
        try await plan.create(on: database)
        for (index, slice) in Self.slices(tags).enumerated() {
            let action = try await insert(plan, position: index + 1, template: Self.actions[index % Self.actions.count], tags: slice,
                                          due: day(-130 + 10 * index, now), state: .done, created: day(-478, now))
            action.achieved = "Delivered on time; the staff network reports fairer processes, and the next return will show whether the figures moved (demo)."
            try await action.update(on: database)
            try await update(action, at: day(-140, now), text: "Completed and handed to business as usual (demo).", state: .done)
        }
    }

    /// The tags spread over at most three actions; an organisation with no adverse indicator
    /// still plans for the board's own representation.
    private static func slices(_ tags: [String]) -> [[String]] {
        guard !tags.isEmpty else { return [["WRES 9"]] }
        let count = min(3, tags.count)
        return (0..<count).map { slice in tags.enumerated().filter { $0.offset % count == slice }.map(\.element) }
    }

    private func insert(_ plan: ActionPlanRow, position: Int, template: (what: String, owner: String), tags: [String],
                        due: Date, state: DeclaredState, created: Date) async throws -> PlanActionRow {
        let row = PlanActionRow()
        row.$plan.id = plan.id!
        row.position = position
        row.what = template.what
        row.owner = template.owner
        row.dueAt = due
        row.tags = try CommitmentTags.encode(tags)
        row.declaredState = state.rawValue
        row.createdAt = created
        row.version = 1
        try await row.create(on: database)
        return row
    }

    private func update(_ action: PlanActionRow, at date: Date, text: String, state: DeclaredState?) async throws {
        let row = PlanActionUpdateRow()
        row.$action.id = action.id!
        row.postedAt = date
        row.text = text
        row.stateChange = state?.rawValue
        row.author = "parity"
        try await row.create(on: database)
    }

    private func insert(_ target: Target, on action: PlanActionRow, now: Date) async throws {
        let row = PlanActionTargetRow()
        row.$action.id = action.id!
        row.measure = target.measure.rawValue
        row.comparison = target.comparison.rawValue
        row.value = target.value
        row.year = target.year
        row.createdAt = now
        try await row.create(on: database)
    }

    private func day(_ offset: Int, _ now: Date) -> Date {
        Calendar.utc.startOfDay(for: now).addingTimeInterval(Double(offset) * 86_400 + 10 * 3_600)
    }
}
