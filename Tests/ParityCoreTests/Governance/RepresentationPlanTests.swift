import Foundation
import Testing
@testable import ParityCore

struct RepresentationPlanTests {
    typealias F = GovernanceFixture

    // 364 days from 1 January to 31 December 2025; 2 July is day 182, exactly half way.
    static let plan = RepresentationPlan(start: F.day(2025, 1, 1), targetDate: F.day(2025, 12, 31), startPercent: 10, targetPercent: 24.5)

    @Test(arguments: [
        (F.day(2024, 6, 1), 10.0), // before the start: held at the start
        (F.day(2025, 1, 1), 10.0),
        (F.day(2025, 7, 2), 17.25), // 10 + 14.5 × 182/364
        (F.day(2025, 4, 2), 10 + 14.5 * 91 / 364),
        (F.day(2025, 12, 31), 24.5),
        (F.day(2026, 6, 1), 24.5), // after the target: held at the target
    ])
    func expectedPath(date: Date, expected: Double) {
        #expect(abs(Self.plan.expectedPercent(on: date) - expected) < 1e-9)
    }

    @Test(arguments: [
        (F.day(2024, 12, 31), 30.0 as Double?, 5.0, PlanStatus.notStarted), // already above target, but not started
        (F.day(2025, 7, 2), nil, 5.0, .noData),
        (F.day(2025, 7, 2), 24.5, 5.0, .met), // exactly the target
        (F.day(2025, 7, 2), 24.4, 5.0, .onTrack),
        (F.day(2025, 7, 2), 12.25, 5.0, .onTrack), // exactly tolerance below the expected 17.25
        (F.day(2025, 7, 2), 12.2, 5.0, .behind),
        (F.day(2025, 7, 2), 17.0, 0.0, .behind),
        (F.day(2025, 1, 1), 10.0, 0.0, .onTrack), // the start day itself
        (F.day(2026, 3, 1), 20.0, 5.0, .onTrack), // past the target date, within tolerance of it
        (F.day(2026, 3, 1), 19.0, 5.0, .behind),
    ])
    func status(date: Date, actual: Double?, tolerance: Double, expected: PlanStatus) {
        #expect(Self.plan.status(actualPercent: actual, on: date, tolerancePoints: tolerance) == expected)
    }

    @Test(arguments: [
        (F.day(2025, 1, 15), F.day(2025, 7, 15), F.day(2026, 1, 15)),
        (F.day(2025, 8, 31), F.day(2026, 2, 28), F.day(2026, 8, 31)), // no 31 February
        (F.day(2023, 8, 31), F.day(2024, 2, 29), F.day(2024, 8, 31)), // leap year
        (F.day(2025, 12, 1), F.day(2026, 6, 1), F.day(2026, 12, 1)),
    ])
    func regionalBoardWindow(start: Date, earliest: Date, latest: Date) {
        let window = RepresentationPlan.regionalBoardDefault(start: start)
        #expect(window.earliest == earliest)
        #expect(window.latest == latest)
    }
}
