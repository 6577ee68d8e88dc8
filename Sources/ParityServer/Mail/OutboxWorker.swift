import NIOConcurrencyHelpers
import Vapor

/// While `parity serve` runs, sends the outbox's due messages every 30 seconds: the retries
/// on `MailRetrySchedule`, and whatever a command such as `parity reminders send` left
/// behind. Several instances may run it at once: each message is claimed by one
/// (`Outbox.claim`).
final class OutboxWorker: LifecycleHandler, Sendable {
    private let task = NIOLockedValueBox<Task<Void, Never>?>(nil)
    let interval: Duration

    init(interval: Duration = .seconds(30)) {
        self.interval = interval
    }

    func didBootAsync(_ application: Application) async throws {
        let (interval, logger) = (interval, application.logger)
        let delivery = MailDelivery(app: application)
        task.withLockedValue {
            $0 = Task {
                while !Task.isCancelled {
                    do { try await delivery.deliverDue() } catch { logger.error("Mail delivery failed: \(String(reflecting: error))") }
                    try? await Task.sleep(for: interval)
                }
            }
        }
    }

    func shutdownAsync(_ application: Application) async {
        let running = task.withLockedValue { $0 }
        running?.cancel()
        await running?.value
    }
}
