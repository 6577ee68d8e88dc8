import NIOConcurrencyHelpers
import Vapor

/// What the public pages are built from is the same for one value of the database's
/// `public-pages` stamp and one minute (`PublicPageCache` keeps anonymous pages for as long):
/// this is that pair.
struct PublicDataVersion: Sendable, Hashable {
    var stamp: Int
    var minute: Int
}

/// Values computed from what the public pages read that are the same for every reader —
/// the region's governance maturity, a scope's staff voice counts — kept by this instance for
/// one `PublicDataVersion`, so signed-in readers' pages, which are built for them, need not
/// recompute them either. Disclosure for the reader is applied after, as before.
final class PublicDataMemo: Sendable {
    private struct State {
        var values: [PublicDataVersion: [String: any Sendable]] = [:]
        var lastRead: [PublicDataVersion: ContinuousClock.Instant] = [:]
    }

    private let state = NIOLockedValueBox(State())
    /// How long a version's values are kept after they were last read; nil keeps only the
    /// version last stored.
    private let keptUnread: Duration?
    private static let mostVersions = 64

    /// - Parameter keptUnread: nil for an application's own memo, which keeps one version.
    ///   A memo the whole process shares (`YearWithholding`) keeps each version until it has
    ///   gone unread this long: an instance reads one database, whose old versions soon go
    ///   unread, but tests running side by side each read a database of their own, and would
    ///   otherwise evict each other's values on every request.
    init(keptUnread: Duration? = nil) {
        self.keptUnread = keptUnread
    }

    /// The value kept at `key` for `version`, or the one `compute` gives, then kept.
    func value<Value: Sendable>(_ key: String, version: PublicDataVersion, compute: () async throws -> Value) async throws -> Value {
        let kept = state.withLockedValue { state -> Value? in
            guard let value = state.values[version]?[key] as? Value else { return nil }
            state.lastRead[version] = .now
            return value
        }
        if let kept { return kept }
        let value = try await compute()
        state.withLockedValue { state in
            let now = ContinuousClock.now
            if state.values[version] == nil {
                let stale = state.lastRead.filter { entry in keptUnread.map { now - entry.value > $0 } ?? true }
                for (old, _) in stale { state.values[old] = nil; state.lastRead[old] = nil }
                while state.values.count >= Self.mostVersions, let oldest = state.lastRead.min(by: { $0.value < $1.value })?.key {
                    state.values[oldest] = nil
                    state.lastRead[oldest] = nil
                }
            }
            state.values[version, default: [:]][key] = value
            state.lastRead[version] = now
        }
        return value
    }
}

extension Application {
    private struct PublicDataMemoKey: StorageKey { typealias Value = PublicDataMemo }

    /// The instance's memo of public data; set once by `configure`.
    var publicDataMemo: PublicDataMemo? {
        get { storage[PublicDataMemoKey.self] }
        set { storage[PublicDataMemoKey.self] = newValue }
    }
}

extension Request {
    private struct VersionKey: StorageKey { typealias Value = PublicDataVersion }

    /// The version of the public data this request reads: the `public-pages` stamp, read once
    /// per request, and the minute.
    func publicDataVersion() async throws -> PublicDataVersion {
        if let version = storage[VersionKey.self] { return version }
        let version = PublicDataVersion(stamp: try await ChangeStamps(database: db).stamp(.publicPages), minute: Int(now.timeIntervalSince1970 / 60))
        storage[VersionKey.self] = version
        return version
    }

    /// `compute`'s value, kept for every reader while the public data is unchanged.
    func publicData<Value: Sendable>(_ key: String, compute: () async throws -> Value) async throws -> Value {
        guard let memo = application.publicDataMemo else { return try await compute() }
        return try await memo.value(key, version: try await publicDataVersion(), compute: compute)
    }
}
