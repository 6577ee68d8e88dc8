import Testing
@testable import ParityCore

@Suite struct GoodPracticeDirectionTests {
    typealias Direction = GoodPracticeEvidence.Direction

    @Test(arguments: [
        // 1: BME % of bands 8a–VSM, higher is better
        (1, 10.0, 12.0, Direction.improved), (1, 12.0, 10.0, .worsened), (1, 10.0, 10.05, .unchanged),
        // 2–4: closer to parity is better, on |ln RL|
        (2, 1.50, 1.20, .improved), (2, 1.20, 1.50, .worsened),
        (3, 0.60, 0.90, .improved), (4, 0.90, 0.60, .worsened),
        (2, 0.50, 1.80, .improved),   // |ln 0.5| = 0.693 > |ln 1.8| = 0.588
        (2, 1.80, 0.50, .worsened),
        (2, 1.50, 1.505, .unchanged), // ln(1.505/1.5) = 0.0033 < ln 1.01 = 0.00995
        (2, 1.00, 1.02, .worsened),   // ln 1.02 = 0.0198
        (3, 1.00, 0.995, .unchanged),
        (2, 0.0, 1.10, .improved), (2, 0.0, 0.0, .unchanged),
        // 5, 6, 8: BME − White gap, lower is better
        (5, 6.0, 2.0, .improved), (5, 2.0, 6.0, .worsened), (6, -1.0, -3.0, .improved),
        (8, 3.0, 3.05, .unchanged), (8, 3.0, 4.0, .worsened),
        // 7: higher is better
        (7, -8.0, -2.0, .improved), (7, -2.0, -8.0, .worsened), (7, 1.0, 1.05, .unchanged),
        // 9: the board's shortfall against the workforce
        (9, -10.0, -4.0, .improved), (9, -4.0, -10.0, .worsened), (9, 2.0, 6.0, .unchanged),
        (9, 6.0, 2.0, .unchanged), (9, 5.0, -3.0, .worsened), (9, -3.0, 5.0, .improved), (9, 0.0, 0.0, .unchanged),
        (10, 1.0, 2.0, .notComparable),
    ])
    func eachIndicatorHasItsOwnBetterSide(indicator: Int, before: Double, after: Double, expected: Direction) {
        #expect(Direction.between(indicator: indicator, before: before, after: after) == expected)
    }

    @Test func tolerancesAreOnePolicyValueEach() {
        #expect(GoodPracticeEvidence.Tolerance.ratio == 0.01)
        #expect(GoodPracticeEvidence.Tolerance.points == 0.1)
    }

    @Test(arguments: [(Direction.improved, "improved"), (.notComparable, "not comparable")])
    func directionsReadAsWords(direction: Direction, label: String) {
        #expect(direction.label == label)
    }
}
