import Foundation
import ParityCore
import Vapor
#if canImport(Glibc)
import Glibc
#endif

/// Reads a staff-record extract from disk through an `ExtractReader`, a buffer at a time, so
/// that memory stays the same whatever the file's size (issue 10: under 64 MB at 6 million rows).
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

    let path: String

    var fileName: String { URL(fileURLWithPath: path).lastPathComponent }

    /// Reads the whole file; throws `ImportFailure` with its problems (nothing is counted), or
    /// `ParityError.notFound` when it cannot be opened.
    func read(acceptedYears: ClosedRange<Int>, checksum: Bool, progress: ExtractProgress?) throws -> Reading {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw ParityError.notFound("Cannot read \(path): no such file, or it is not readable.")
        }
        defer { close(descriptor) }
        let reader = ExtractReader(fileName: fileName, acceptedYears: acceptedYears)
        var digest = checksum ? SHA256() : nil
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.bufferBytes, alignment: 8)
        defer { buffer.deallocate() }
        var kept = 0
        var total = 0
        while !reader.isStopped {
            let count = Glibc.read(descriptor, buffer.baseAddress! + kept, Self.bufferBytes - kept)
            guard count >= 0 else { throw ParityError.invalidInput("Cannot read \(path): \(String(cString: strerror(errno))).") }
            if count > 0 { digest?.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[kept..<(kept + count)])) }
            total += count
            let filled = UnsafeBufferPointer(start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: kept + count)
            let used = reader.read(filled, isFinal: count == 0)
            progress?.update(bytes: total - (filled.count - used), rows: reader.statistics.rows)
            if count == 0 { break }
            kept = filled.count - used
            if kept > 0, used > 0 { buffer.baseAddress!.copyMemory(from: buffer.baseAddress! + used, byteCount: kept) }
        }
        progress?.finish()
        let tally = try reader.finish().get()
        return Reading(tally: tally, statistics: reader.statistics, bytes: total, sha256: digest.map { $0.finalize().hexString })
    }
}
