@testable import ParityCore

/// Small WRES returns for target tests, turned into reports by the real `WRESEngine`.
/// Hand-computed figures of the 2027 return:
/// - indicator 1: clinical band 5 White 70, BME 25, Unknown 5; non-clinical band 8a White 8,
///   BME 2. Senior BME 2/10 = 20%; workforce BME 27/110 = 24.545454…%.
/// - indicator 2: appointed of shortlisted White 25/100, BME 16/80: RL 0.25/0.20 = 1.25.
/// - indicator 3: no counts, so no RL.
/// - indicator 4: training White 39/78, BME 9/27: RL 0.5/(1/3) = 1.5.
/// - indicator 5: yes of respondents White 10/50 = 20%, BME 6/20 = 30%: gap 10 points.
/// - indicator 7: White 30/50 = 60%, BME 11/20 = 55%: gap −5 points. No 6 or 8.
/// - indicator 9: voting executive White 4, BME 1; voting non-executive White 4, BME 1:
///   board 20%, minus 24.545454…% = −4.545454… points.
enum CommitmentReturns {
    static let workforceBMEPercent = 27.0 * 100 / 110
    static let boardDifference = 20 - 27.0 * 100 / 110

    static let counts2027: ReturnCounts = {
        var values: [CountKey: Int] = [:]
        func put(_ indicator: Int, _ measure: Measure, white: Int, bme: Int, unknown: Int? = nil) {
            values[CountKey(indicator: indicator, measure: measure, group: .white)] = white
            values[CountKey(indicator: indicator, measure: measure, group: .bme)] = bme
            if let unknown { values[CountKey(indicator: indicator, measure: measure, group: .unknown)] = unknown }
        }
        put(1, .headcount(.clinical, .band5), white: 70, bme: 25, unknown: 5)
        put(1, .headcount(.nonClinical, .band8a), white: 8, bme: 2)
        put(2, .shortlisted, white: 100, bme: 80)
        put(2, .appointed, white: 25, bme: 16)
        put(4, .accessedTraining, white: 39, bme: 9)
        put(5, .surveyRespondents, white: 50, bme: 20)
        put(5, .surveyYes, white: 10, bme: 6)
        put(7, .surveyRespondents, white: 50, bme: 20)
        put(7, .surveyYes, white: 30, bme: 11)
        put(9, .board(.votingExecutive), white: 4, bme: 1)
        put(9, .board(.votingNonExecutive), white: 4, bme: 1)
        return ReturnCounts(values)
    }()

    static func report(year: Int) -> WRESReport {
        WRESEngine.report(year: year, current: counts2027, previous: nil)
    }

    /// The 2027 report alone, keyed by year as `TargetEvaluation` takes reports.
    static let reports: [Int: WRESReport] = [2027: report(year: 2027)]
}
