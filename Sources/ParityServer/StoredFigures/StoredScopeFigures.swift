import Foundation
import ParityCore

/// What is kept of one scope's figures: the report before disclosure control and how many
/// organisations it pools. Names are not kept; readers take them from the structure.
struct StoredScopeFigures: Sendable, Codable {
    var organisationsReporting: Int
    var report: WRESReport

    init(_ figures: ScopeFigures) {
        organisationsReporting = figures.organisationsReporting
        report = figures.report
    }

    /// The scope's figures, named as `name`.
    func figures(_ scope: FigureScope, name: String) -> ScopeFigures {
        ScopeFigures(scope: scope.kind, code: scope.code, name: name, year: report.year, organisationsReporting: organisationsReporting, report: report)
    }

    // Doubles round-trip exactly through JSON; an infinite bound is kept as a word rather
    // than refused.
    private static let floats = (positive: "inf", negative: "-inf", nan: "nan")

    func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: Self.floats.positive, negativeInfinity: Self.floats.negative, nan: Self.floats.nan)
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    static func decode(_ text: String) throws -> StoredScopeFigures {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: floats.positive, negativeInfinity: floats.negative, nan: floats.nan)
        return try decoder.decode(StoredScopeFigures.self, from: Data(text.utf8))
    }
}

/// One year's stored figures, by scope.
struct StoredYear: Sendable {
    var figures: [FigureScope: StoredScopeFigures]

    /// True when every scope a page of `structure` may ask for is here: the region, every
    /// system, and `organisations` (every member when nil).
    func covers(_ structure: RegionStructure, organisations: Set<String>?) -> Bool {
        let wanted = [FigureScope.region] + structure.systems.map { .system($0.code) }
            + (organisations.map(Array.init) ?? structure.organisations.map(\.code)).map(FigureScope.organisation)
        return wanted.allSatisfy { figures[$0] != nil }
    }
}
