import Foundation
import Testing
@testable import ParityCore

struct InvolvementShareTests {
    typealias Decision = (date: Date, involvement: NetworkInvolvement)

    static func at(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ second: Int = 0) -> Date {
        CalendarDay(year: year, month: month, day: day).start.addingTimeInterval(Double(hour * 3_600 + second))
    }

    static let today = at(2025, 7, 2, 12)

    @Test(arguments: [
        (at(2024, 7, 2), false),
        (at(2024, 7, 2, 23, 3_599), false),
        (at(2024, 7, 3), true),
        (at(2025, 1, 15, 9), true),
        (at(2025, 7, 2), true),
        (at(2025, 7, 2, 23, 3_599), true),
        (at(2025, 7, 3), false),
    ])
    func windowBoundary(date: Date, counted: Bool) {
        let share = InvolvementShare.lastTwelveMonths([(date: date, involvement: .consultedBefore)], today: Self.today)
        #expect(share == InvolvementShare(involved: counted ? 1 : 0, total: counted ? 1 : 0))
    }

    @Test(arguments: [
        (at(2023, 2, 28, 12), false),
        (at(2023, 3, 1), true),
    ])
    func windowFromLeapDay(date: Date, counted: Bool) {
        let share = InvolvementShare.lastTwelveMonths([(date: date, involvement: .notInvolved)], today: Self.at(2024, 2, 29, 8))
        #expect(share.total == (counted ? 1 : 0))
    }

    @Test func countsInvolvedWithinWindow() {
        // given: 10 decisions in the window (7 involved), 2 outside it
        let decisions: [Decision] = [
            (Self.at(2024, 7, 2), .consultedBefore),
            (Self.at(2025, 8, 1), .representedAtMeeting),
        ] + (1...4).map { (Self.at(2024, 8, $0), .consultedBefore) }
            + (1...3).map { (Self.at(2025, 3, $0), .representedAtMeeting) }
            + (1...3).map { (Self.at(2025, 6, $0), .notInvolved) }
        // when
        let share = InvolvementShare.lastTwelveMonths(decisions, today: Self.today)
        // then
        #expect(share == InvolvementShare(involved: 7, total: 10))
        #expect(share.share == 0.7)
    }

    @Test(arguments: [(0, 0, nil), (0, 4, 0.0), (1, 2, 0.5), (1, 4, 0.25), (3, 3, 1.0)] as [(Int, Int, Double?)])
    func share(involved: Int, total: Int, expected: Double?) {
        #expect(InvolvementShare(involved: involved, total: total).share == expected)
    }

    @Test func involvementKinds() {
        #expect(NetworkInvolvement.allCases.map(\.isInvolved) == [true, true, false])
        #expect(NetworkInvolvement.allCases.map(\.rawValue) == ["consulted-before", "represented-at-meeting", "not-involved"])
        #expect(NetworkInvolvement.allCases.map(\.label) == ["Consulted before the decision", "Represented at the meeting", "Not involved"])
    }

    @Test func thresholdIsHalf() {
        #expect(MaturityMatrix.involvementShareToMeet == 0.5)
    }

    /// The decisions log feeds the maturity matrix end to end.
    @Test func feedsTheMaturityMatrix() throws {
        // given: 1 of 2 decisions in the window involved the network, a third is 12 months old
        let decisions: [Decision] = [
            (Self.at(2025, 5, 1), .representedAtMeeting),
            (Self.at(2025, 6, 1), .notInvolved),
            (Self.at(2024, 7, 2), .consultedBefore),
        ]
        let governance = SystemGovernance(systemCode: "SYS", bodies: [], populationBMEPercent: nil,
                                          networkInvolvement: .lastTwelveMonths(decisions, today: Self.today))
        // when
        let row = MaturityMatrix.system(governance, today: Self.today, tolerancePoints: 5)
        // then
        let cell = try #require(row.first { $0.criterion == .networkCriticalFriend })
        #expect(cell.state == .met)
        #expect(cell.text == "Involved in 1 of 2 decisions (50%) in the last 12 months")
    }
}
