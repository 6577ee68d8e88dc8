import Testing
@testable import ParityCore

/// The cache of rows seen before answers only for the very bytes it was given, through every
/// growth of its index and entries, and for rows longer than an entry holds inline.
@Suite struct ExtractLineCacheTests {
    private func outcome(_ number: Int) -> ExtractRowOutcome {
        ExtractRowOutcome(kind: .person, cell: Int32(number), events: UInt8(number % 8), boardCell: -1, slot: Int32(number % 7))
    }

    private func hash(_ line: [UInt8]) -> UInt64 {
        line.withUnsafeBufferPointer { ExtractLineScan.line($0.baseAddress!, from: 0, end: $0.count).hash }
    }

    @Test func tenThousandRowsAreEachFoundAndNothingElseIs() {
        let cache = ExtractLineCache()
        // Short rows, and rows longer than the 32 bytes kept inline, so the arena is read too.
        let lines = (0..<10_000).map { Array("clinical,band-\($0 % 9),A,N,N,\($0)\($0 % 3 == 0 ? ",and-a-tail-longer-than-inline" : "")".utf8) }
        for (number, line) in lines.enumerated() {
            line.withUnsafeBufferPointer { cache.remember($0.baseAddress!, $0.count, hash: hash(line), outcome(number)) }
        }
        for (number, line) in lines.enumerated() {
            let found = line.withUnsafeBufferPointer { cache.outcome($0.baseAddress!, $0.count, hash: hash(line)) }
            #expect(found?.cell == Int32(number) && found?.slot == Int32(number % 7) && found?.events == UInt8(number % 8))
        }
        let unseen = Array("clinical,band-1,A,N,N,10000".utf8)
        #expect(unseen.withUnsafeBufferPointer { cache.outcome($0.baseAddress!, $0.count, hash: hash(unseen)) } == nil)
        // The same hash with other bytes is not the row remembered.
        let other = Array("clinical,band-1,A,N,N,1x".utf8)
        #expect(other.withUnsafeBufferPointer { cache.outcome($0.baseAddress!, $0.count, hash: hash(lines[1])) } == nil)
    }
}
