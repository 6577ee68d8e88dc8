import NIOConcurrencyHelpers
import ParityCore
import Vapor

/// This instance's years of disclosure across outputs (`YearWithholding`), valid for one
/// `public-pages` stamp: deciding what a year hides weighs every scope's counts together, so
/// it is done once per change of the public data, not once per page.
final class WithholdingMemo: Sendable {
    private struct State {
        var stamp = 0
        var years: [String: [FigureScope: WithheldCounts]] = [:]
    }

    private let state = NIOLockedValueBox(State())

    func value(_ key: String, stamp: Int, compute: () async throws -> [FigureScope: WithheldCounts]) async throws -> [FigureScope: WithheldCounts] {
        if let kept = state.withLockedValue({ $0.stamp == stamp ? $0.years[key] : nil }) { return kept }
        let value = try await compute()
        state.withLockedValue { state in
            if state.stamp != stamp { state = State(stamp: stamp) }
            state.years[key] = value
        }
        return value
    }
}

extension Application {
    private struct WithholdingMemoKey: StorageKey { typealias Value = WithholdingMemo }

    /// The instance's memo of years' disclosure; set once by `configure`.
    var withholdingMemo: WithholdingMemo? {
        get { storage[WithholdingMemoKey.self] }
        set { storage[WithholdingMemoKey.self] = newValue }
    }
}
