import Fluent
import Foundation
import ParityCore

/// The BME share of the workforce a body oversees: WRES indicator 1 totals of the
/// organisations in its scope, from the newest year with returns.
struct WorkforceShare {
    let database: Database

    func bmePercent(scope: ScopeReference, today: Date) async throws -> (percent: Double?, year: Int?) {
        guard let year = try await ReturnStore(database: database).years(standard: .wres).first else { return (nil, nil) }
        let data = try await IndicatorLoader(database: database).figures(year: year)
        return (data.figures(scope)?.report.representation.overallPercent(.bme), year)
    }
}
