import PropertyBased
import Testing
@testable import ParityCore

/// Whatever bytes arrive, in whatever chunks, the extract reader answers without crashing,
/// and the chunking never changes the answer.
struct ExtractPropertyTests {
    static let extractBytes = Array("\"\",\r\n YNAZCH9-band5clinicalRX1".utf8) + [0x00, 0x80, 0xC3, 0xA9, 0xEF, 0xBB, 0xBF, 0xFF]

    private static func answer(_ result: Result<ExtractTally, ImportFailure>) -> String {
        switch result {
        case let .success(tally): String(decoding: tally.rows().csv, as: UTF8.self)
        case let .failure(failure): failure.report
        }
    }

    @Test func randomTextAfterTheHeaderIsAnsweredTheSameInAnyChunks() async {
        let text = Gen<UInt8?>.element(of: Self.extractBytes).map { $0! }.array(of: 0...2_048)
        await propertyCheck(count: 100, input: zip(text, Gen.int(in: 1...97))) { bytes, chunk in
            let file = Array((ExtractTestFile.header + "\n").utf8) + bytes
            let whole = ExtractTestFile.read(file, chunks: { _ in .max })
            let chunked = ExtractTestFile.read(file, chunks: { _ in chunk })
            if case let .failure(failure) = whole.0 {
                #expect(!failure.issues.isEmpty && failure.issues.count <= ImportLimits.standard.maximumIssues)
            }
            #expect(Self.answer(whole.0) == Self.answer(chunked.0))
        }
    }

    @Test func validRowsInRandomChunksGiveTheWholeFilesCounts() async {
        var bytes: [UInt8] = []
        DemoExtract(organisations: Array(DemoExtract.demoRegion.prefix(3)), year: 2026, seed: 5).write(rows: 400) { bytes += $0 }
        let whole = Self.answer(ExtractTestFile.read(bytes, chunks: { _ in .max }).0)
        await propertyCheck(count: 40, input: Gen.int(in: 1...4_096).array(of: 1...64)) { sizes in
            #expect(Self.answer(ExtractTestFile.read(bytes, chunks: { sizes[$0 % sizes.count] }).0) == whole)
        }
    }
}
