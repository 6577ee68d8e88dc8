import Foundation
import ParityCore

/// The strategy's own recommendations, shipped as data in `Strategy/recommendations.json`
/// and loaded by `parity setup midlands` and by the demo.
struct StrategyFile: Decodable, Sendable {
    struct Programme: Decodable, Sendable {
        var name: String
        /// `YYYY-MM-DD`.
        var start: String
    }

    struct Recommendation: Decodable, Sendable {
        var title: String
        var text: String
        /// `system` (a commitment for each system) or `region`.
        var level: String
        /// A horizon span: "S", "M", "L" or a pair such as "M/L".
        var horizon: String
        /// The strategy's own words for the horizon when it gives a range, e.g. "6–12 months".
        var horizonNote: String?
        /// WRES indicators, WDES metrics and EDS 2022 outcomes, e.g. "WRES 9", "EDS 3A".
        var tags: [String]
        /// Months a long horizon runs for this recommendation (default 18).
        var longMonths: Int?
    }

    var programme: Programme
    var recommendations: [Recommendation]

    /// The file built into Parity.
    static func bundled() throws -> StrategyFile {
        guard let url = Bundle.module.url(forResource: "recommendations", withExtension: "json", subdirectory: "Strategy") else {
            throw ParityError.notFound("The strategy's recommendations file is missing from this build.")
        }
        return try JSONDecoder().decode(StrategyFile.self, from: Data(contentsOf: url))
    }
}
