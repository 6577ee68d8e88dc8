import Foundation
import ParityCore
#if canImport(Glibc)
import Glibc
#endif

/// A progress bar on standard error while a large extract is read: percent, rows read, rows
/// a second and the time left. Shown only on a terminal and for files over a few megabytes,
/// so scripts and small files get clean output. Parts of a file read on several cores all
/// advance the one bar.
final class ExtractProgress: @unchecked Sendable {
    static let minimumBytes = 4 << 20

    private let totalBytes: Int
    private let started = Date()
    private let lock = NSLock()
    private var lastDrawn = Date.distantPast
    private var bytes = 0
    private var rows = 0

    /// A bar for a file of `totalBytes`, or `nil` when standard error is not a terminal or
    /// the file is small.
    init?(totalBytes: Int) {
        guard isatty(STDERR_FILENO) != 0, totalBytes >= Self.minimumBytes else { return nil }
        self.totalBytes = totalBytes
    }

    /// Adds the bytes and rows read since a part last reported.
    func advance(bytes: Int, rows: Int) {
        lock.withLock {
            self.bytes += bytes
            self.rows += rows
            let now = Date()
            guard now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
            lastDrawn = now
            draw(bytes: self.bytes, rows: self.rows, elapsed: now.timeIntervalSince(started))
        }
    }

    func finish() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    private func draw(bytes: Int, rows: Int, elapsed: TimeInterval) {
        let fraction = min(Double(bytes) / Double(max(totalBytes, 1)), 1)
        let width = 30
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let rate = elapsed > 0 ? Double(rows) / elapsed : 0
        let remaining = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
        let line = String(format: "\r%3.0f%% %@ %@ rows  %@ rows/s  ETA %.0f s\u{1B}[K",
                          fraction * 100, bar, ExtractStatistics.grouped(rows), ExtractStatistics.grouped(Int(rate)), remaining)
        FileHandle.standardError.write(Data(line.utf8))
    }
}
