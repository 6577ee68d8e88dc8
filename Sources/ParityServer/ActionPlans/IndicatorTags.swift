import ParityCore

/// The indicators an action can aim to move, named as commitments name them: "WRES 3",
/// "WDES 4a-i" — the same text `ActionPlanCoverage` reads.
enum IndicatorTags {
    static let all: [String] = (1...9).map { "WRES \($0)" } + WDESMetric.allCases.map { "WDES \($0.rawValue)" }
}
