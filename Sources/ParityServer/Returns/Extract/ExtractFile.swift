import Foundation
import ParityCore
import Vapor
#if canImport(Glibc)
import Glibc
#endif

/// Reads a staff-record extract from disk through `ExtractReader`s, a buffer at a time, so that
/// memory stays the same whatever the file's size (issue 10: under 64 MB at 6 million rows).
/// A large file is split at line breaks into one part per core, read at the same time and
/// put together; a file with quoted cells, which may hold line breaks, is read again whole.
struct ExtractFile {
    /// What reading the file gave: the counts, what the reader saw, and the file's size and
    /// checksum (when asked for) for the audit log.
    struct Reading {
        var tally: ExtractTally
        var statistics: ExtractStatistics
        var bytes: Int
        var sha256: String?
    }

    static let bufferBytes = 1 << 20
    /// Files smaller than this are read on one core: starting threads would cost more.
    static let minimumBytesPerPart = 8 << 20

    let path: String

    var fileName: String { URL(fileURLWithPath: path).lastPathComponent }

    /// Reads the whole file; throws `ImportFailure` with its problems (nothing is counted), or
    /// `ParityError.notFound` when it cannot be opened. A checksum is taken on one core.
    func read(acceptedYears: ClosedRange<Int>, checksum: Bool, progress: ExtractProgress?,
              cores: Int = ProcessInfo.processInfo.activeProcessorCount) throws -> Reading {
        let file = try OpenFile(path: path)
        let size = file.size
        let first = ExtractReader(fileName: fileName, acceptedYears: acceptedYears)
        let parts = checksum ? 1 : max(1, min(cores, size / Self.minimumBytesPerPart))
        var digest = checksum ? SHA256() : nil
        var readers = [first]
        var ranges = [0..<size]
        if parts > 1, let headerEnd = try file.lineEnd(after: 0), headerEnd < size {
            var noDigest: SHA256?
            try file.read(0..<headerEnd, into: first, isLast: false, digest: &noDigest, progress: nil)
            if first.hasHeader, !first.isStopped {
                let starts = try [headerEnd] + (1..<parts).compactMap { try file.lineEnd(after: max(size * $0 / parts, headerEnd)) }
                let bounds = Array(Set(starts.filter { $0 < size })).sorted()
                ranges = zip(bounds, bounds.dropFirst() + [size]).map { $0..<$1 }
                readers = [first] + ranges.dropFirst().map { _ in first.part() }
            }
        }
        if readers.count > 1 {
            let jobs = zip(readers, ranges).map { ExtractPartJob(file: file, reader: $0, range: $1, progress: progress) }
            DispatchQueue.concurrentPerform(iterations: jobs.count) { jobs[$0].run() }
            if let failure = jobs.compactMap(\.error).first { throw failure }
            if readers.contains(where: \.sawQuotedCell) {
                return try read(acceptedYears: acceptedYears, checksum: checksum, progress: progress, cores: 1)
            }
        } else {
            try file.read(0..<size, into: first, isLast: true, digest: &digest, progress: progress)
        }
        progress?.finish()
        let tally = try ExtractReader.finish(readers).get()
        return Reading(tally: tally, statistics: ExtractReader.statistics(of: readers), bytes: size, sha256: digest.map { $0.finalize().hexString })
    }
}

/// One part of a file, read on its own thread by its own reader.
private final class ExtractPartJob: @unchecked Sendable {
    let file: OpenFile
    let reader: ExtractReader
    let range: Range<Int>
    let progress: ExtractProgress?
    private(set) var error: Error?

    init(file: OpenFile, reader: ExtractReader, range: Range<Int>, progress: ExtractProgress?) {
        self.file = file
        self.reader = reader
        self.range = range
        self.progress = progress
    }

    func run() {
        do {
            var digest: SHA256? = nil
            try file.read(range, into: reader, isLast: true, digest: &digest, progress: progress)
        } catch {
            self.error = error
        }
    }
}

/// A file open for reading at any offset (`pread`), so parts can be read at the same time.
private final class OpenFile: @unchecked Sendable {
    let path: String
    let size: Int
    private let descriptor: Int32

    init(path: String) throws {
        self.path = path
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw ParityError.notFound("Cannot read \(path): no such file, or it is not readable.")
        }
        var status = stat()
        fstat(descriptor, &status)
        size = Int(status.st_size)
    }

    deinit { close(descriptor) }

    /// The offset just after the first line break at or after `offset`, or `nil` when there is none.
    func lineEnd(after offset: Int) throws -> Int? {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var position = offset
        while position < size {
            let count = try read(&buffer, at: position)
            if let index = buffer[0..<count].firstIndex(of: UInt8(ascii: "\n")) { return position + index + 1 }
            position += count
        }
        return nil
    }

    /// Feeds the bytes of `range` to `reader`, a buffer at a time; `isLast` when the range ends the file.
    func read(_ range: Range<Int>, into reader: ExtractReader, isLast: Bool, digest: inout SHA256?, progress: ExtractProgress?) throws {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: ExtractFile.bufferBytes, alignment: 8)
        defer { buffer.deallocate() }
        var kept = 0
        var position = range.lowerBound
        var rowsShown = reader.statistics.rows
        while !reader.isStopped {
            let wanted = min(ExtractFile.bufferBytes - kept, range.upperBound - position)
            let count = wanted > 0 ? pread(descriptor, buffer.baseAddress! + kept, wanted, off_t(position)) : 0
            guard count >= 0 else { throw ParityError.invalidInput("Cannot read \(path): \(String(cString: strerror(errno))).") }
            if count > 0 { digest?.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[kept..<(kept + count)])) }
            position += count
            let filled = UnsafeBufferPointer(start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: kept + count)
            let atEnd = position == range.upperBound
            let used = reader.read(filled, isFinal: atEnd && isLast)
            progress?.advance(bytes: count, rows: reader.statistics.rows - rowsShown)
            rowsShown = reader.statistics.rows
            kept = filled.count - used
            if atEnd { break }
            if kept > 0, used > 0 { buffer.baseAddress!.copyMemory(from: buffer.baseAddress! + used, byteCount: kept) }
        }
    }

    private func read(_ buffer: inout [UInt8], at offset: Int) throws -> Int {
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, $0.count, off_t(offset)) }
        guard count >= 0 else { throw ParityError.invalidInput("Cannot read \(path): \(String(cString: strerror(errno))).") }
        return count
    }
}
