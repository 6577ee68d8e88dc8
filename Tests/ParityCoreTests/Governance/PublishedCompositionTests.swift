import Testing
@testable import ParityCore

struct PublishedCompositionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var composition: Composition
        var policy: DisclosurePolicy
        var total, bme, white, unknown, disabled: DisclosedCount
        var bmePercent: Double?
        var disabledPercent: Double?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        // BME 1 and Unknown 2 are small; White 9 and the total 12 give only their sum away.
        Case(name: "small counts hidden", composition: Composition(bme: 1, white: 9, unknown: 2, disabled: 1), policy: .publicRelease,
             total: .value(12), bme: .suppressed, white: .value(9), unknown: .suppressed, disabled: .suppressed, bmePercent: nil, disabledPercent: nil),
        // Without a second hidden cell BME would be 12 − 11 − 0: White is hidden too.
        Case(name: "secondary suppression", composition: Composition(bme: 1, white: 11, unknown: 0, disabled: 0), policy: .publicRelease,
             total: .value(12), bme: .suppressed, white: .suppressed, unknown: .value(0), disabled: .value(0), bmePercent: nil, disabledPercent: nil),
        Case(name: "all large enough", composition: Composition(bme: 6, white: 14, unknown: 0, disabled: 5), policy: .publicRelease,
             total: .value(20), bme: .value(6), white: .value(14), unknown: .value(0), disabled: .value(5), bmePercent: 30, disabledPercent: 25),
        // 0 may be shown, but a percentage built from a count under 5 is withheld.
        Case(name: "no BME members", composition: Composition(bme: 0, white: 10, unknown: 0, disabled: 0), policy: .publicRelease,
             total: .value(10), bme: .value(0), white: .value(10), unknown: .value(0), disabled: .value(0), bmePercent: nil, disabledPercent: nil),
        Case(name: "BME exactly 5", composition: Composition(bme: 5, white: 15, unknown: 0, disabled: 4), policy: .publicRelease,
             total: .value(20), bme: .value(5), white: .value(15), unknown: .value(0), disabled: .suppressed, bmePercent: 25, disabledPercent: nil),
        Case(name: "tiny body", composition: Composition(bme: 0, white: 3, unknown: 0, disabled: 0), policy: .publicRelease,
             total: .suppressed, bme: .value(0), white: .suppressed, unknown: .value(0), disabled: .value(0), bmePercent: nil, disabledPercent: nil),
        Case(name: "owning organisation", composition: Composition(bme: 1, white: 11, unknown: 0, disabled: 1), policy: .unrestricted,
             total: .value(12), bme: .value(1), white: .value(11), unknown: .value(0), disabled: .value(1), bmePercent: 100.0 / 12, disabledPercent: 100.0 / 12),
    ]

    @Test(arguments: cases)
    func disclosure(_ c: Case) {
        let published = PublishedComposition(c.composition, policy: c.policy)
        #expect(published.total == c.total)
        #expect(published.bme == c.bme)
        #expect(published.white == c.white)
        #expect(published.unknown == c.unknown)
        #expect(published.disabled == c.disabled)
        #expect(published.bmePercent == c.bmePercent)
        #expect(published.disabledPercent == c.disabledPercent)
    }
}
