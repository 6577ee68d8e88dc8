import Foundation
import Testing
@testable import ParityCore

@Suite struct MantelHaenszelTests {
    private func stratum(_ a: Int, of n: Int, _ c: Int, of m: Int) -> MantelHaenszel.Stratum {
        MantelHaenszel.Stratum(focus: Proportion(events: a, base: n), reference: Proportion(events: c, base: m))
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let strata: [(Int, Int, Int, Int)]
        let ratio: Double
        let low: Double
        let high: Double
        let q: Double?
        let p: Double?
        var testDescription: String { name }
    }

    /// Each case worked by hand: per stratum aᵢ·mᵢ/Nᵢ and cᵢ·nᵢ/Nᵢ, their sums, RL_MH = ΣR ÷ ΣS;
    /// the Greenland–Robins terms Pᵢ = (nᵢmᵢ(aᵢ + cᵢ) − aᵢcᵢNᵢ) ÷ Nᵢ², Var = ΣP ÷ (ΣR·ΣS), and
    /// the interval RL_MH·exp(±1.96·√Var); Cochran's Q over ln RLᵢ weighted by 1 ÷ vᵢ,
    /// vᵢ = 1/aᵢ − 1/nᵢ + 1/cᵢ − 1/mᵢ.
    static let cases: [Case] = [
        // A: 10/100 vs 20/100, N 200: R 10·100/200 = 5, S 20·100/200 = 10, P (100·100·30 − 10·20·200)/200² = 6.5.
        // B: 30/200 vs 10/100, N 300: R 30·100/300 = 10, S 10·200/300 = 6.667, P (200·100·40 − 30·10·300)/300² = 7.889.
        // RL_MH = 15 ÷ 16.667 = 0.900; Var = 14.389 ÷ (15·16.667) = 0.05756, SE 0.2399; CI 0.900·e^(±0.4702) = 0.562 to 1.440.
        // ln RL: A ln 0.5 = −0.693 (v 0.1 − 0.01 + 0.05 − 0.01 = 0.13), B ln 1.5 = 0.405 (v 0.0333 − 0.005 + 0.1 − 0.01 = 0.1183);
        // weighted mean −0.118, Q = 7.692·0.331 + 8.451·0.274 = 4.86 on 1 df: p = 0.027, organisations differ.
        Case(name: "two organisations pointing different ways", strata: [(10, 100, 20, 100), (30, 200, 10, 100)],
             ratio: 0.9, low: 0.562379, high: 1.440309, q: 4.860197, p: 0.02748320),
        // Simpson's paradox: A 10/100 (10%) vs 120/1000 (12%), RL 0.833; B 400/1000 (40%) vs 45/100 (45%), RL 0.889:
        // both below 1, yet crude 410/1100 ÷ 165/1100 = 2.48 above. N 1100 each: R 9.091 + 36.364 = 45.455,
        // S 10.909 + 40.909 = 51.818: RL_MH = 50000 ÷ 57000 = 0.877, below 1 as in every organisation.
        // P: (100·1000·130 − 10·120·1100)/1100² = 9.653, (1000·100·445 − 400·45·1100)/1100² = 20.413;
        // Var = 30.066 ÷ (45.455·51.818) = 0.012765; CI 0.877·e^(±0.2214) = 0.703 to 1.095.
        // Q: ln 0.833 = −0.182 (w 10.27), ln 0.889 = −0.118 (w 72.87); Q = 0.0375 on 1 df, p = 0.846: no more than chance.
        Case(name: "Simpson's paradox", strata: [(10, 100, 120, 1000), (400, 1000, 45, 100)],
             ratio: 50000.0 / 57000.0, low: 0.702948, high: 1.094630, q: 0.037506, p: 0.8464390),
        // Opposites: RL 0.25 and 4, equal weights: RL_MH = (10·100/200 + 40·100/200) ÷ (40·100/200 + 10·100/200) = 1;
        // P = 2·(100·100·50 − 400·200)/200² = 2·10.5 = 21, Var = 21 ÷ 625 = 0.0336; CI e^(±0.3593) = 0.698 to 1.432.
        // Q = 2·(1/v)·(ln 4)², v = 0.1 − 0.01 + 0.025 − 0.01 = 0.105: Q = 2·9.524·1.922 = 36.61, p ≈ 1.4e-9.
        Case(name: "opposite organisations cancel out but differ", strata: [(10, 100, 40, 100), (40, 100, 10, 100)],
             ratio: 1, low: 0.698183, high: 1.432289, q: 36.605944, p: 1.445902e-9),
        // One organisation: the MH figure is its own ratio and the Greenland–Robins variance reduces to
        // 1/a − 1/n + 1/c − 1/m, the log method's: 10/100 vs 20/100 → 0.5, no Q (one stratum).
        Case(name: "one organisation", strata: [(10, 100, 20, 100)], ratio: 0.5, low: 0.5 * exp(-1.96 * 0.13.squareRoot()),
             high: 0.5 * exp(1.96 * 0.13.squareRoot()), q: nil, p: nil),
    ]

    @Test(arguments: cases)
    func theEstimateIntervalAndHeterogeneityAreThoseWorkedByHand(_ example: Case) throws {
        let estimate = MantelHaenszel(strata: example.strata.map { stratum($0.0, of: $0.1, $0.2, of: $0.3) }, z: 1.96)
        let ratio = try #require(estimate.relativeLikelihood)
        let interval = try #require(estimate.confidenceInterval)
        #expect(abs(ratio - example.ratio) < 1e-9)
        #expect(abs(interval.low - example.low) < 1e-5)
        #expect(abs(interval.high - example.high) < 1e-5)
        #expect(estimate.heterogeneity.map { abs($0.q - example.q!) < 1e-5 } ?? (example.q == nil))
        #expect(estimate.heterogeneity.map { abs($0.pValue - example.p!) < 1e-5 * max(example.p!, 1e-4) } ?? (example.p == nil))
    }

    @Test func inSimpsonsParadoxTheCrudePoolPointsTheOtherWayFromEveryOrganisation() {
        let strata = [stratum(10, of: 100, 120, of: 1000), stratum(400, of: 1000, 45, of: 100)]
        let crude = RelativeLikelihood.ratio(focus: Proportion(events: 410, base: 1100), reference: Proportion(events: 165, base: 1100))!
        let own = strata.map { RelativeLikelihood.ratio(focus: $0.focus, reference: $0.reference)! }
        let adjusted = MantelHaenszel(strata: strata, z: 1.96).relativeLikelihood!
        #expect(crude > 1 && own.allSatisfy { $0 < 1 } && adjusted < 1)
    }

    @Test func oneOrganisationsIntervalIsTheLogMethods() {
        let focus = Proportion(events: 45, base: 300), reference = Proportion(events: 100, base: 400)
        let estimate = MantelHaenszel(strata: [MantelHaenszel.Stratum(focus: focus, reference: reference)], z: 1.96)
        let logMethod = RelativeLikelihood.interval(focus: focus, reference: reference, z: 1.96)!
        #expect(abs(estimate.confidenceInterval!.low - logMethod.low) < 1e-12)
        #expect(abs(estimate.confidenceInterval!.high - logMethod.high) < 1e-12)
    }

    @Test func withoutEventsInEitherGroupThereIsNoFigure() {
        #expect(MantelHaenszel(strata: [stratum(0, of: 100, 5, of: 100), stratum(0, of: 50, 2, of: 60)], z: 1.96).relativeLikelihood == nil)
        #expect(MantelHaenszel(strata: [], z: 1.96).relativeLikelihood == nil)
        #expect(MantelHaenszel(strata: [stratum(3, of: 0, 5, of: 100)], z: 1.96).relativeLikelihood == nil)
    }

    @Test(arguments: [(3.841459, 1, 0.05), (5.991465, 2, 0.05), (18.307038, 10, 0.05), (1.0, 4, 0.909796), (0.0, 3, 1.0), (30.0, 2, exp(-15.0))])
    func theChiSquareUpperTailMatchesTables(_ x: Double, _ df: Int, _ expected: Double) {
        #expect(abs(ChiSquare.upperTail(x, degreesOfFreedom: df) - expected) < 1e-6)
    }
}
