import NIOConcurrencyHelpers
import Vapor

/// What the public pages are built from is the same for one value of the database's
/// `public-pages` stamp and one minute (`PublicPageCache` keeps anonymous pages for as long):
/// this is that pair.
struct PublicDataVersion: Sendable, Equatable {
    var stamp: Int
    var minute: Int
}

/// Values computed from what the public pages read that are the same for every reader —
/// the region's governance maturity, a scope's staff voice counts — kept by this instance for
/// one `PublicDataVersion`, so signed-in readers' pages, which are built for them, need not
/// recompute them either. Disclosure for the reader is applied after, as before.
final class PublicDataMemo: Sendable {
    private struct State {
        var version = PublicDataVersion(stamp: 0, minute: 0)
        var values: [String: any Sendable] = [:]
    }

    private let state = NIOLockedValueBox(State())

    /// The value kept at `key` for `version`, or the one `compute` gives, then kept.
    func value<Value: Sendable>(_ key: String, version: PublicDataVersion, compute: () async throws -> Value) async throws -> Value {
        if let kept = state.withLockedValue({ $0.version == version ? $0.values[key] as? Value : nil }) { return kept }
        let value = try await compute()
        state.withLockedValue { state in
            if state.version != version { state = State(version: version) }
            state.values[key] = value
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
