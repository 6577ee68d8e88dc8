import Foundation
import Testing
@testable import ParityCore

/// The Model Employer shortfall behind `TargetMeasure.modelEmployerShortfall`, by hand.
/// Baseline 2024: band 8a 10 BME of 50 (20%), band 8c 2 of 20 (10%). In 2026 the whole
/// workforce is 60 BME of 200 (30%), so the paths run 20% → 30% and 10% → 30% over 2024–2028
/// and the 2026 goals are 25% and 20%. Band 8a: 17 BME of 60 against ceil(0.25 × 60) = 15,
/// above its goal, adds 0. Band 8c: n BME of 42 against ceil(0.20 × 42) = ceil(8.4) = 9, adds
/// 9 − n. The other senior bands have no staff and add 0.
struct ModelEmployerShortfallTests {
    static func counts(_ bands: [(Workforce, Grade, white: Int, bme: Int)]) -> ReturnCounts {
        var values: [CountKey: Int] = [:]
        for (workforce, band, white, bme) in bands {
            values[CountKey(indicator: 1, measure: .headcount(workforce, band), group: .white)] = white
            values[CountKey(indicator: 1, measure: .headcount(workforce, band), group: .bme)] = bme
        }
        return ReturnCounts(values)
    }

    static let baseline = counts([(.clinical, .band5, 80, 20), (.nonClinical, .band8a, 40, 10), (.clinical, .band8c, 18, 2)])

    /// 2026 with `bme8c` BME staff at band 8c; band 5 keeps the whole workforce at 60 of 200.
    static func year2026(bme8c: Int) -> ReturnCounts {
        counts([(.clinical, .band5, 98 - (43 - bme8c), 43 - bme8c), (.nonClinical, .band8a, 30, 10), (.clinical, .band8a, 13, 7),
                (.clinical, .band8c, 42 - bme8c, bme8c)])
    }

    static func plan(bme8c: Int) -> ModelEmployerPlan? {
        ModelEmployerPlan.make(year: 2026, counts: [2024: baseline, 2026: year2026(bme8c: bme8c)])
    }

    @Test func twoBandsByHand() throws {
        let plan = try #require(Self.plan(bme8c: 5))
        #expect(plan.baselineYear == 2024)
        #expect(plan.targetPercent == 30)
        let a = try #require(plan.bands.first { $0.band == .band8a }?.status)
        #expect(a.bmeHeadcount == 17 && a.totalHeadcount == 60 && a.goalHeadcount == 15 && a.gap == 0)
        let c = try #require(plan.bands.first { $0.band == .band8c }?.status)
        #expect(c.bmeHeadcount == 5 && c.totalHeadcount == 42 && c.goalHeadcount == 9 && c.gap == 4)
        #expect(plan.shortfall == 4)
    }

    @Test(arguments: [
        // (band 8c BME, shortfall, outcome of "≤ 0", outcome of "≤ 2")
        (5, 4, TargetOutcome.notMet, TargetOutcome.notMet),
        (7, 2, .notMet, .met),
        (8, 1, .notMet, .met),   // 8.4 people is 9: one short
        (9, 0, .met, .met),
        (12, 0, .met, .met),     // above the goal adds nothing
    ])
    func theTargetAtTheBoundary(bme8c: Int, shortfall: Int, onTrack: TargetOutcome, withinTwo: TargetOutcome) throws {
        let plan = try #require(Self.plan(bme8c: bme8c))
        #expect(plan.shortfall == shortfall)
        let today = CommitmentDay.utc(2026, 9, 1)
        let strict = TargetEvaluation.evaluate(.modelEmployerTrack(year: 2026), reports: [:], plans: [2026: plan], today: today)
        #expect(strict.outcome == onTrack)
        #expect(strict.actual == Double(shortfall))
        let loose = TargetEvaluation.evaluate(.modelEmployerTrack(year: 2026, atMost: 2), reports: [:], plans: [2026: plan], today: today)
        #expect(loose.outcome == withinTwo)
    }

    @Test func noOverallShareIsNoShortfall() throws {
        // A 2026 return with no headcounts has nothing to aim at.
        let other = ReturnCounts([CountKey(indicator: 2, measure: .shortlisted, group: .bme): 10])
        let plan = try #require(ModelEmployerPlan.make(year: 2026, counts: [2024: Self.baseline, 2026: other]))
        #expect(plan.targetPercent == nil && plan.shortfall == nil)
        let result = TargetEvaluation.evaluate(.modelEmployerTrack(year: 2026), reports: [:], plans: [2026: plan], today: CommitmentDay.utc(2026, 9, 1))
        #expect(result.outcome == .noData)
        #expect(result.explanation == "No data: the 2026 return gives no BME staff short of the Model Employer path, bands 8a–VSM.")
    }

    /// Members' returns are pooled in every year before the plan is made, and a year after the
    /// plan's year is ignored.
    @Test func membersArePooledPerYear() throws {
        let half = Self.counts([(.clinical, .band5, 40, 10), (.nonClinical, .band8a, 20, 5), (.clinical, .band8c, 9, 1)])
        let counts: [ReturnKey: ReturnCounts] = [
            ReturnKey(organisation: "A", year: 2024, standard: .wres): half,
            ReturnKey(organisation: "B", year: 2024, standard: .wres): half,
            ReturnKey(organisation: "A", year: 2026, standard: .wres): Self.year2026(bme8c: 8),
            ReturnKey(organisation: "C", year: 2024, standard: .wres): Self.baseline,   // not a member
            ReturnKey(organisation: "A", year: 2027, standard: .wres): Self.baseline,   // after the year
        ]
        let pooled = try #require(ModelEmployerPlan.make(year: 2026, members: ["A", "B"], counts: counts))
        #expect(pooled == Self.plan(bme8c: 8))
        #expect(pooled.shortfall == 1)
        #expect(ModelEmployerPlan.make(year: 2025, members: ["A", "B"], counts: counts) == nil)
    }

    @Test(arguments: [
        (CommitmentDay.utc(2027, 3, 30), TargetOutcome.notYetDue, "Not yet due: the 2027 return holds data as at 31 March 2027."),
        (CommitmentDay.utc(2027, 3, 31), .noData, "No data: there is no 2027 return."),
    ])
    func withoutAPlanForTheYear(today: Date, outcome: TargetOutcome, explanation: String) throws {
        // A WRES report of the year is no Model Employer plan.
        let result = TargetEvaluation.evaluate(.modelEmployerTrack(year: 2027), reports: CommitmentReturns.reports,
                                               plans: [2026: try #require(Self.plan(bme8c: 9))], today: today)
        #expect(result.outcome == outcome)
        #expect(result.explanation == explanation)
    }

    @Test func words() throws {
        #expect(Target.modelEmployerTrack(year: 2027).text == "On Model Employer track at 8a–VSM by 2027")
        #expect(Target.modelEmployerTrack(year: 2027, atMost: 3).text == "At most 3 BME staff short of the Model Employer path at 8a–VSM in the 2027 return")
        #expect(TargetMeasure.modelEmployerShortfall.name == "BME staff short of the Model Employer path, bands 8a–VSM")
        #expect(TargetMeasure(rawValue: "model-employer-shortfall") == .modelEmployerShortfall)
        #expect(TargetMeasure.modelEmployerShortfall.rawValue == "model-employer-shortfall")
        #expect(TargetMeasure.modelEmployerShortfall.value(in: CommitmentReturns.report(year: 2027)) == nil)
        let today = CommitmentDay.utc(2026, 9, 1)
        let one = TargetEvaluation.evaluate(.modelEmployerTrack(year: 2026), reports: [:], plans: [2026: try #require(Self.plan(bme8c: 8))], today: today)
        #expect(one.explanation == "Not met: 1 person short in the 2026 return, against a target of ≤ 0 people short.")
        let four = TargetEvaluation.evaluate(.modelEmployerTrack(year: 2026), reports: [:], plans: [2026: try #require(Self.plan(bme8c: 5))], today: today)
        #expect(four.actualText == "4 people short")
        let none = TargetEvaluation.evaluate(.modelEmployerTrack(year: 2026), reports: [:], plans: [2026: try #require(Self.plan(bme8c: 9))], today: today)
        #expect(none.explanation == "Met: 0 people short in the 2026 return, against a target of ≤ 0 people short.")
    }
}
