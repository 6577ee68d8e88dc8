import Fluent
import Foundation
import ParityCore

/// Fictional EDS 2022 assessments for the demo region: every organisation for the last three
/// years up to the latest, and every system for the latest, drawn from a fixed seed with a
/// gentle rise year on year. Loaded inside the demo seeder's transaction, whose single audit
/// event covers it.
struct DemoEDS {
    let database: Database
    let now: Date
    let latestYear: Int

    func seed(systems: [ReferenceSystem], organisations: [ReferenceOrganisation], seed: UInt64) async throws {
        var random = SplitMix64(seed: seed &+ 2022)
        let years = max(EDSSettings.firstYear, latestYear - 2)...latestYear
        for organisation in organisations {
            let base = random.unit() * 1.5
            for year in years {
                try await insert(scope: .organisation(organisation.code), year: year,
                                 level: base + Double(year - years.lowerBound) * 0.3, random: &random)
            }
        }
        for system in systems {
            try await insert(scope: .system(system.code), year: latestYear, level: random.unit() * 1.8, random: &random)
        }
    }

    private func insert(scope: EDSScope, year: Int, level: Double, random: inout SplitMix64) async throws {
        var ratings: [String: Int] = [:]
        for outcome in EDSOutcome.allCases {
            ratings[outcome.rawValue] = min(3, max(0, Int((level + random.unit() * 1.4).rounded(.down))))
        }
        let row = EDSAssessmentRow()
        row.scopeKind = scope.kind
        row.scopeCode = scope.code
        row.year = year
        row.ratings = String(decoding: try JSONEncoder.sorted.encode(ratings), as: UTF8.self)
        row.evidence = String(decoding: try JSONEncoder.sorted.encode([
            "2D": "Staff Survey recommendation scores by group, reviewed with the staff networks (demo note).",
        ]), as: UTF8.self)
        row.ratedBy = "EDI lead, staff networks and patient representatives (demo)"
        row.networkTookPart = random.chance(0.7)
        row.recordedBy = "parity"
        row.recordedAt = now
        try await row.create(on: database)
    }
}

private extension JSONEncoder {
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
