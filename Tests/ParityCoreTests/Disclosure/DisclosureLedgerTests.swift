import Testing
@testable import ParityCore

@Suite("Disclosure across a ledger of sums")
struct DisclosureLedgerTests {
    /// A ledger of named counts with `sums` (total, parts).
    private func ledger(_ values: [String: Int], sums: [(String, [String])]) -> DisclosureLedger<String> {
        var ledger = DisclosureLedger<String>()
        for key in values.keys.sorted() { ledger.record(key, values[key]!) }
        for (total, parts) in sums { ledger.relate(total: total, parts: parts) }
        return ledger
    }

    @Test func aSystemMinusItsOrganisationsNoLongerRevealsTheOneWithheld() {
        // given: the example — medical trainees, BME: 897 − (627 + 106 + 104 + 46 + 13) = 1
        let organisations = ["A": 627, "B": 106, "C": 104, "D": 46, "E": 13, "F": 1]
        let ledger = ledger(organisations.merging(["system": 897]) { a, _ in a }, sums: [("system", organisations.keys.sorted())])
        #expect(ledger.recoverable(hidden: ["F"]) == ["F"])

        // when
        let hidden = ledger.withheld(smallCountMaximum: 4)

        // then: the 1 and its partner, the smallest other organisation, are hidden; nothing can be worked out
        #expect(hidden == ["F", "E"])
        #expect(ledger.recoverable(hidden: hidden).isEmpty)
    }

    @Test func sumsThatEachHideTwoCanStillPinDownAllThreeTogether() {
        // given: x + y, x + z and y + z each published beside two hidden counts: any one sum
        // alone gives nothing away, the three together give x, y and z
        let values = ["x": 1, "y": 2, "z": 3, "a": 20, "b": 30, "c": 40, "t1": 23, "t2": 34, "t3": 45]
        let ledger = ledger(values, sums: [("t1", ["x", "y", "a"]), ("t2", ["x", "z", "b"]), ("t3", ["y", "z", "c"])])
        #expect(ledger.recoverable(hidden: ["x", "y", "z"]) == ["x", "y", "z"])

        // when
        let hidden = ledger.withheld(smallCountMaximum: 4)

        // then
        #expect(hidden.isSuperset(of: ["x", "y", "z"]))
        #expect(hidden.count > 3)
        #expect(ledger.recoverable(hidden: hidden).isEmpty)
    }

    @Test(arguments: [
        // hidden, expected recoverable
        (Set(["p"]), Set(["p"])),
        (Set(["p", "q"]), Set<String>()),
        (Set(["p", "total"]), Set<String>()),
        (Set(["p", "q", "r", "s"]), Set<String>()),
    ])
    func oneSumGivesAwayItsOnlyHiddenPart(hidden: Set<String>, expected: Set<String>) {
        // given: total = p + q + r + s
        let ledger = ledger(["p": 2, "q": 7, "r": 9, "s": 11, "total": 29], sums: [("total", ["p", "q", "r", "s"])])

        // then
        #expect(ledger.recoverable(hidden: hidden) == expected)
    }

    @Test func aBlankPartIsLeftOutAndASumThatDoesNotHoldIsNotKept() {
        // given: "missing" was never recorded; the second sum is false with the true counts
        let ledger = ledger(["total": 10, "a": 6, "b": 4, "other": 3], sums: [("total", ["a", "b", "missing"]), ("other", ["a", "b"])])

        // then
        #expect(ledger.relations.count == 1)
        #expect(ledger.relations[0].parts.count == 2)
    }

    @Test func zeroIsShownAndNothingIsHiddenWithoutASmallCountRule() {
        // given
        let ledger = ledger(["total": 9, "a": 0, "b": 9], sums: [("total", ["a", "b"])])

        // then
        #expect(ledger.withheld(smallCountMaximum: 4).isEmpty)
        #expect(ledger.withheld(smallCountMaximum: 0).isEmpty)
    }

    @Test func aTableAndItsTotalsAcrossTwoLevelsStaySafe() {
        // given: two organisations' 2 × 2 tables with row and column totals, and the system's
        // table of their sums; each organisation has one small cell
        var values: [String: Int] = [:]
        var sums: [(String, [String])] = []
        let cells = ["A": [[3, 40], [25, 60]], "B": [[50, 2], [33, 71]]]
        for scope in ["A", "B", "S"] {
            for row in 0..<2 {
                for column in 0..<2 {
                    let value = scope == "S" ? cells["A"]![row][column] + cells["B"]![row][column] : cells[scope]![row][column]
                    values["\(scope) \(row) \(column)"] = value
                }
                values["\(scope) \(row) +"] = values["\(scope) \(row) 0"]! + values["\(scope) \(row) 1"]!
                sums.append(("\(scope) \(row) +", ["\(scope) \(row) 0", "\(scope) \(row) 1"]))
            }
            for column in ["0", "1", "+"] {
                values["\(scope) + \(column)"] = values["\(scope) 0 \(column)"]! + values["\(scope) 1 \(column)"]!
                sums.append(("\(scope) + \(column)", ["\(scope) 0 \(column)", "\(scope) 1 \(column)"]))
            }
        }
        for key in values.keys where key.hasPrefix("S ") {
            let place = key.dropFirst(2)
            sums.append((key, ["A \(place)", "B \(place)"]))
        }
        let ledger = ledger(values, sums: sums)

        // when
        let hidden = ledger.withheld(smallCountMaximum: 4)

        // then
        #expect(hidden.isSuperset(of: ["A 0 0", "B 0 1"]))
        #expect(ledger.recoverable(hidden: hidden).isEmpty)
    }
}
