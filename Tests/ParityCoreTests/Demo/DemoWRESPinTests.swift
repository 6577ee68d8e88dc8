import Testing
@testable import ParityCore

/// Pins the demo region's WRES rows as they were before WDES was added, so that a change to
/// the generator that moves any WRES count is noticed: WDES and intersection counts draw from
/// streams of their own.
@Suite("Demo WRES rows pinned")
struct DemoWRESPinTests {
    let rows = DemoReturns.standard.data.rows

    @Test func theRowsAreTheSameAsBeforeWDES() {
        #expect(rows.count == 30_933)
        #expect(rows.reduce(0) { $0 + $1.count } == 3_913_863)
        #expect(String(fingerprint(rows), radix: 16) == "f72c2fcea74db25b")
    }

    @Test(arguments: [
        ("DA1", 2024, 2, Measure.shortlisted, PopulationGroup.white, 2_793),
        ("DA1", 2024, 2, .appointed, .bme, 671),
        ("DA1", 2024, 2, .shortlisted, .unknown, 342),
        ("DF5", 2020, 1, .headcount(.clinical, .band5), .bme, 12),
        ("DF5", 2020, 1, .headcount(.clinical, .band5), .unknown, 1),
        ("DK3", 2022, 3, .enteredDisciplinary, .white, 3),
    ])
    func aFewCountsKeepTheirValues(organisation: String, year: Int, indicator: Int, measure: Measure, group: PopulationGroup, count: Int) {
        let row = rows.first { $0.organisation == organisation && $0.year == year && $0.indicator == indicator && $0.measure == measure && $0.group == group }
        #expect(row?.count == count)
    }

    /// FNV-1a over each row's CSV text, in order.
    private func fingerprint(_ rows: [ReturnRow]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for row in rows {
            for byte in "\(row.organisation),\(row.year),\(row.indicator),\(row.measure.rawValue),\(row.group.rawValue),\(row.count)\n".utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
        }
        return hash
    }
}
