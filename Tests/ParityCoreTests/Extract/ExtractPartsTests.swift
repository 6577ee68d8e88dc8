import Testing
@testable import ParityCore

/// A file read in parts on several cores gives what it gives read whole.
@Suite struct ExtractPartsTests {
    /// Reads the header with one reader, then the rest split at the line breaks after `cuts`.
    private func readInParts(_ text: String, cuts: [Int]) -> (Result<ExtractTally, ImportFailure>, [ExtractReader]) {
        let bytes = Array(text.utf8)
        let headerEnd = bytes.firstIndex(of: UInt8(ascii: "\n"))! + 1
        let first = ExtractReader(fileName: "extract.csv", acceptedYears: 2014...2027)
        _ = bytes[0..<headerEnd].withUnsafeBufferPointer { first.read($0, isFinal: false) }
        var starts = [headerEnd]
        for cut in cuts {
            starts.append(bytes[cut...].firstIndex(of: UInt8(ascii: "\n"))! + 1)
        }
        let ends = Array(starts.dropFirst()) + [bytes.count]
        let parts = [first] + starts.dropFirst().map { _ in first.part() }
        for (part, range) in zip(parts, zip(starts, ends)) {
            _ = bytes[range.0..<range.1].withUnsafeBufferPointer { part.read($0, isFinal: true) }
        }
        return (ExtractReader.finish(parts), parts)
    }

    private var extract: String {
        var bytes: [UInt8] = []
        DemoExtract(organisations: Array(DemoExtract.demoRegion.prefix(5)), year: 2026, seed: 4).write(rows: 3_000) { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func partsAddUpToTheWholeFile() throws {
        let text = extract
        let (result, parts) = readInParts(text, cuts: [20_000, 70_000, 100_000])
        let whole = ExtractTestFile.read(text)
        #expect(try result.get().rows() == whole.0.get().rows())
        #expect(try result.get().firstRows == whole.0.get().firstRows)
        #expect(ExtractReader.statistics(of: parts) == whole.1)
        #expect(!parts.contains { $0.sawQuotedCell })
    }

    @Test func problemsAreNumberedByRowInTheWholeFile() throws {
        var lines = extract.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[2_500] = lines[2_500].replacingOccurrences(of: ",band-", with: ",grade-")
        let text = lines.joined(separator: "\n")
        guard case let .failure(failure) = readInParts(text, cuts: [20_000, 70_000]).0 else {
            Issue.record("a bad row was read")
            return
        }
        #expect(failure.issues.map(\.row) == [2_501])
        #expect(failure.issues.first?.column == "grade")
    }

    @Test func aQuotedCellIsNoticed() {
        let text = ExtractTestFile.header + "\nRX1,2026,clinical,band-5,A,N,N,N,N,N,\nRX1,2026,\"clinical\",band-5,A,N,N,N,N,N,\n"
        #expect(readInParts(text, cuts: [ExtractTestFile.header.utf8.count + 5]).1.last?.sawQuotedCell == true)
    }
}
