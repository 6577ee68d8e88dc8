import Testing
@testable import ParityCore

@Suite struct DemoExtractTests {
    private func bytes(rows: Int, seed: UInt64) -> [UInt8] {
        var bytes: [UInt8] = []
        DemoExtract(organisations: DemoExtract.demoRegion, year: 2026, seed: seed).write(rows: rows, chunkBytes: 4096) { bytes += $0 }
        return bytes
    }

    @Test func isTheSameForASeedAndReadsWithoutProblems() throws {
        let first = bytes(rows: 5_000, seed: 9)
        #expect(first == bytes(rows: 5_000, seed: 9))
        #expect(first != bytes(rows: 5_000, seed: 10))
        let (result, statistics) = ExtractTestFile.read(first, chunks: { _ in 1000 })
        let tally = try result.get()
        let organisations = DemoExtract.demoRegion.count
        #expect(statistics.rows == 5_000 + 7 * organisations)
        #expect(statistics.boardOnlyRows == 7 * organisations)
        #expect(Set(tally.returnKeys.map(\.organisation)).count == organisations)
    }

    @Test func drawsNationalProportions() throws {
        let rows = try ExtractTestFile.read(bytes(rows: 60_000, seed: 1), chunks: { _ in 1 << 16 }).0.get().rows()
        let headcount = rows.wres.filter { $0.indicator == 1 }
        let total = Double(headcount.reduce(0) { $0 + $1.count })
        let bme = Double(headcount.filter { $0.group == .bme }.reduce(0) { $0 + $1.count })
        let seniorBME = Double(headcount.filter { $0.group == .bme && $0.measure.isSeniorHeadcount }.reduce(0) { $0 + $1.count })
        let senior = Double(headcount.filter { $0.measure.isSeniorHeadcount }.reduce(0) { $0 + $1.count })
        #expect((0.18...0.35).contains(bme / total))
        #expect(seniorBME / senior < bme / total)
        let declared = rows.wdes.filter { $0.metric == .representation }
        let disabled = Double(declared.filter { $0.group == .disabled }.reduce(0) { $0 + $1.count })
        let inClusters = Double(declared.reduce(0) { $0 + $1.count })
        #expect((0.04...0.08).contains(disabled / inClusters))
    }

    @Test func splitsRowsInProportionAndExactly() {
        #expect(DemoExtract.rowsPerOrganisation(10, [1, 1, 1]) == [4, 3, 3])
        #expect(DemoExtract.rowsPerOrganisation(1_000, [19_400, 620, 380]).reduce(0, +) == 1_000)
    }
}

private extension Measure {
    var isSeniorHeadcount: Bool {
        if case let .headcount(workforce, grade) = self { return workforce != .medical && grade.isSenior }
        return false
    }
}
