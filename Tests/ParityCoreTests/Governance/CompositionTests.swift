import Foundation
import Testing
@testable import ParityCore

struct CompositionTests {
    typealias F = GovernanceFixture

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var members: [Membership]
        var total, bme, white, unknown, disabled: Int
        var bmePercent: Double?
        var disabledPercent: Double?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        // 1 BME, 9 White, 1 prefer not to say, 1 not declared: Unknown stays in the denominator.
        Case(name: "prefer not to say counted", members: F.members(bme: 1, white: 9) + [F.member(.preferNotToSay), F.member(.notDeclared)],
             total: 12, bme: 1, white: 9, unknown: 2, disabled: 0, bmePercent: 100.0 / 12, disabledPercent: 0),
        Case(name: "left and future members excluded",
             members: [F.member(.bme, end: F.today), F.member(.bme, start: F.day(2025, 7, 3)), F.member(.bme, start: F.today), F.member(.white, end: F.day(2025, 7, 3))],
             total: 2, bme: 1, white: 1, unknown: 0, disabled: 0, bmePercent: 50, disabledPercent: 0),
        // 2 Disabled of 8; a "prefer not to say" disability stays in the denominator: 25%.
        Case(name: "disability over all members",
             members: [F.member(.white, disability: .disabled), F.member(.bme, disability: .disabled), F.member(.white, disability: .preferNotToSay), F.member(.white, disability: .notDeclared)] + F.members(bme: 0, white: 4),
             total: 8, bme: 1, white: 7, unknown: 0, disabled: 2, bmePercent: 12.5, disabledPercent: 25),
        Case(name: "no one in post", members: [F.member(.bme, end: F.day(2025, 1, 1))],
             total: 0, bme: 0, white: 0, unknown: 0, disabled: 0, bmePercent: nil, disabledPercent: nil),
    ]

    @Test(arguments: cases)
    func counts(_ c: Case) {
        let composition = Composition.of(c.members, on: F.today)
        #expect(composition.total == c.total)
        #expect(composition.bme == c.bme)
        #expect(composition.white == c.white)
        #expect(composition.unknown == c.unknown)
        #expect(composition.disabled == c.disabled)
        #expect(composition.bmePercent == c.bmePercent)
        #expect(composition.disabledPercent == c.disabledPercent)
    }

    @Test(arguments: [
        (F.day(2025, 6, 1), nil as Date?, true),
        (F.today, nil, true), // starts today
        (F.day(2025, 7, 3), nil, false), // starts tomorrow
        (F.day(2025, 6, 1), F.today, false), // left today
        (F.day(2025, 6, 1), F.day(2025, 7, 3), true), // leaves tomorrow
    ])
    func inPost(start: Date, end: Date?, expected: Bool) {
        #expect(F.member(.white, start: start, end: end).isInPost(on: F.today) == expected)
    }
}
