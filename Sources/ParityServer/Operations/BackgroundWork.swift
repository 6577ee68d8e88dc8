import NIOConcurrencyHelpers
import Vapor

/// Work a request hands off and does not wait for: the mail of a password reset, so the answer
/// takes as long whether or not the address has an account. The application waits for it
/// before closing its database (`BackgroundWorkShutdown`); tests wait for it with `finish()`.
final class BackgroundWork: Sendable {
    private let running = NIOLockedValueBox([UUID: Task<Void, Never>]())

    /// Starts `work`; a failure is logged, as nobody is waiting for it.
    func run(logger: Logger, _ work: @escaping @Sendable () async throws -> Void) {
        let id = UUID()
        // Registered under the lock the task takes to leave, so it cannot leave first.
        running.withLockedValue { running in
            running[id] = Task {
                defer { self.running.withLockedValue { $0[id] = nil } }
                do { try await work() } catch { logger.error("Background work failed: \(String(reflecting: error))") }
            }
        }
    }

    /// Waits until no work is running, including work started meanwhile.
    func finish() async {
        var tasks = running.withLockedValue { Array($0.values) }
        while !tasks.isEmpty {
            for task in tasks { await task.value }
            tasks = running.withLockedValue { Array($0.values) }
        }
    }
}

/// Lets background work finish before the application closes its databases.
struct BackgroundWorkShutdown: LifecycleHandler {
    func shutdownAsync(_ application: Application) async {
        await application.backgroundWork.finish()
    }
}

extension Application {
    private struct BackgroundWorkKey: StorageKey { typealias Value = BackgroundWork }

    /// The instance's background work; set once by `configure`.
    var backgroundWork: BackgroundWork {
        get {
            guard let work = storage[BackgroundWorkKey.self] else { preconditionFailure("configure sets up background work") }
            return work
        }
        set { storage[BackgroundWorkKey.self] = newValue }
    }
}
