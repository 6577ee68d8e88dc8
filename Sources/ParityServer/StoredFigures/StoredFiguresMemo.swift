import NIOConcurrencyHelpers
import Vapor

/// This instance's decoded stored figures, valid for one `figures` stamp: any change to the
/// stored figures renews the stamp, and the next read replaces everything held here.
final class StoredFiguresMemo: Sendable {
    private struct State {
        var stamp = 0
        var years: [Int: StoredYear] = [:]
    }

    private let state = NIOLockedValueBox(State())

    /// Those of `years` held for `stamp`.
    func years(_ years: [Int], stamp: Int) -> [Int: StoredYear] {
        state.withLockedValue { state in
            guard state.stamp == stamp else { return [:] }
            return state.years.filter { years.contains($0.key) }
        }
    }

    func remember(_ years: [Int: StoredYear], stamp: Int) {
        state.withLockedValue { state in
            if state.stamp != stamp { state = State(stamp: stamp) }
            state.years.merge(years) { _, new in new }
        }
    }
}

extension Application {
    private struct StoredFiguresMemoKey: StorageKey { typealias Value = StoredFiguresMemo }

    /// The instance's memo of stored figures, shared by every request; set once by `configure`.
    var storedFiguresMemo: StoredFiguresMemo? {
        get { storage[StoredFiguresMemoKey.self] }
        set { storage[StoredFiguresMemoKey.self] = newValue }
    }
}

extension Request {
    /// A loader reading through the instance's memos of stored figures and structures.
    var indicatorLoader: IndicatorLoader {
        IndicatorLoader(database: db, memo: application.storedFiguresMemo, request: self)
    }
}
