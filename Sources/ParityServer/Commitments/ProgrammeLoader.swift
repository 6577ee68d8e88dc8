import Fluent
import Foundation
import ParityCore

/// Creates a programme with its recommendations and, for each system-level recommendation,
/// a commitment for each system, due by `DueDate`. Runs in the caller's transaction and
/// records the change in the audit log.
struct ProgrammeLoader {
    let database: Database
    let actor: String
    let now: Date

    /// The programme named `name`, created unless one of that name exists (then `nil`, and
    /// nothing changes, so setting up twice adds nothing).
    @discardableResult
    func load(name: String, start: Date, ownerRegion: String, recommendations: [StrategyFile.Recommendation], systems: [String]) async throws -> ProgrammeRow? {
        guard try await ProgrammeRow.query(on: database).filter(\.$name == name).first() == nil else { return nil }
        let programme = ProgrammeRow(name: name, start: start, ownerRegion: ownerRegion, createdAt: now)
        try await programme.create(on: database)
        var commitments = 0
        for (position, item) in recommendations.enumerated() {
            guard let span = HorizonSpan(item.horizon) else {
                throw ParityError.invalidInput("Recommendation \(position + 1) has the horizon \(item.horizon); use S, M, L or a pair such as M/L.")
            }
            guard ["system", "region"].contains(item.level) else {
                throw ParityError.invalidInput("Recommendation \(position + 1) has the level \(item.level); use system or region.")
            }
            let recommendation = RecommendationRow()
            recommendation.$programme.id = programme.id!
            recommendation.position = position + 1
            recommendation.title = item.title
            recommendation.text = item.text
            recommendation.level = item.level
            recommendation.horizon = span.text
            recommendation.horizonNote = item.horizonNote
            recommendation.tags = try CommitmentTags.encode(item.tags)
            try await recommendation.create(on: database)
            guard item.level == "system" else { continue }
            let longMonths = max(item.longMonths ?? 18, DueDate.minimumLongMonths)
            let due = DueDate.due(programmeStart: start, span: span, longMonths: longMonths)
            for system in systems {
                try await CommitmentRow(recommendationID: recommendation.id!, systemCode: system, dueAt: due, longMonths: longMonths, createdAt: start).create(on: database)
                commitments += 1
            }
        }
        try await AuditLog(database: database, actor: actor, now: now).record(
            .programmeLoaded, subject: name,
            after: ["start": ISODay.format(start), "recommendations": "\(recommendations.count)", "commitments": "\(commitments)"]
        )
        return programme
    }

    /// The strategy's recommendations for the Midlands, a commitment for each of its systems,
    /// from the programme start in the shipped file.
    func loadMidlands() async throws {
        let file = try StrategyFile.bundled()
        guard let start = ISODay.parse(file.programme.start) else {
            throw ParityError.invalidInput("The strategy file's start \(file.programme.start) is not a YYYY-MM-DD date.")
        }
        let systems = try await SystemRow.query(on: database).sort(\.$code).all(\.$code)
        try await load(name: file.programme.name, start: start, ownerRegion: MidlandsSetup.regionName, recommendations: file.recommendations, systems: systems)
    }
}

/// The framework tags of a recommendation, stored as a JSON list of text.
enum CommitmentTags {
    static func encode(_ tags: [String]) throws -> String {
        String(decoding: try JSONEncoder().encode(tags), as: UTF8.self)
    }

    static func decode(_ text: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
    }
}
