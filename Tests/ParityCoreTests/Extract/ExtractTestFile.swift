@testable import ParityCore

/// Reads extract text through an `ExtractReader`, in chunks of `chunk` bytes (the whole text at
/// once by default), as `parity import extract` reads a file.
enum ExtractTestFile {
    static let header = ExtractColumn.headerLine

    static func read(_ text: String, chunk: Int? = nil, years: ClosedRange<Int> = 2014...2027) -> (Result<ExtractTally, ImportFailure>, ExtractStatistics) {
        read(Array(text.utf8), chunks: chunk.map { size in { _ in size } } ?? { _ in Int.max }, years: years)
    }

    /// Reads `bytes` handing the reader `chunks(index)` more bytes each time, keeping what it
    /// did not use, as a file buffer does.
    static func read(_ bytes: [UInt8], chunks: (Int) -> Int, years: ClosedRange<Int> = 2014...2027) -> (Result<ExtractTally, ImportFailure>, ExtractStatistics) {
        let reader = ExtractReader(fileName: "extract.csv", acceptedYears: years)
        var pending: [UInt8] = []
        var offset = 0
        var index = 0
        while !reader.isStopped {
            let size = min(max(chunks(index), 1), bytes.count - offset)
            index += 1
            pending += bytes[offset..<(offset + size)]
            offset += size
            let isFinal = offset == bytes.count
            let used = pending.withUnsafeBufferPointer { reader.read($0, isFinal: isFinal) }
            pending.removeFirst(used)
            if isFinal { break }
        }
        return (reader.finish(), reader.statistics)
    }

    static func tally(_ text: String, chunk: Int? = nil) throws -> ExtractTally {
        try read(text, chunk: chunk).0.get()
    }

    static func issues(_ text: String) -> [ImportIssue] {
        guard case let .failure(failure) = read(text).0 else { return [] }
        return failure.issues
    }
}

extension ExtractRows {
    /// The count of a WRES row, or `nil` when the extract has no such row.
    func wres(_ organisation: String, _ indicator: Int, _ measure: Measure, _ group: PopulationGroup) -> Int? {
        wres.first { $0.organisation == organisation && $0.indicator == indicator && $0.measure == measure && $0.group == group }?.count
    }

    func wdes(_ organisation: String, _ metric: WDESMetric, _ measure: WDESMeasure, _ group: PopulationGroup) -> Int? {
        wdes.first { $0.organisation == organisation && $0.metric == metric && $0.measure == measure && $0.group == group }?.count
    }

    func intersection(_ organisation: String, _ indicator: Int, _ measure: Measure, _ group: String) -> Int? {
        intersection.first { $0.organisation == organisation && $0.indicator == indicator && $0.measure == measure && $0.group.rawValue == group }?.count
    }
}
