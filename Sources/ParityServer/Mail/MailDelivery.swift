import Fluent
import Foundation
import NIOConcurrencyHelpers
import ParityCore
import Vapor

/// Sends the outbox's messages, each at most once where that can be known. An attempt
/// claims its message (`connecting`), records `transmitting` once the relay has accepted the
/// envelope and asked for the message, and `sent` once the relay has answered 250 to it. A
/// process that dies before `transmitting` leaves the message to be tried again when its
/// lease passes; one that dies after it leaves it `uncertain` for an administrator. The one
/// window no client can close is between the relay's 250 and Parity's recording of it: a
/// message accepted then is shown as `uncertain`, never sent again on its own.
struct MailDelivery {
    let database: Database
    let sender: any MailSender
    let clock: @Sendable () -> Date
    var schedule = MailRetrySchedule.standard
    /// Longer than the SMTP client's time limits added up.
    var lease: TimeInterval = 10 * 60

    init(database: Database, sender: any MailSender, clock: @escaping @Sendable () -> Date) {
        self.database = database
        self.sender = sender
        self.clock = clock
    }

    init(app: Application) {
        self.init(database: app.db, sender: app.mailSender, clock: app.now)
    }

    /// Tries every message that is due; returns how many were sent.
    @discardableResult
    func deliverDue() async throws -> Int {
        let outbox = Outbox(database: database, now: clock())
        try await outbox.settleInterrupted()
        var sent = 0
        for id in try await outbox.due() {
            if try await deliver(id) == .sent { sent += 1 }
        }
        return sent
    }

    /// One attempt at message `id` when it is due (else nothing); its state afterwards.
    @discardableResult
    func deliver(_ id: UUID) async throws -> OutboxState? {
        let started = clock()
        let outbox = Outbox(database: database, now: started)
        guard let row = try await outbox.claim(id, leaseUntil: started.addingTimeInterval(lease)) else {
            return try await OutboxMessageRow.find(id, on: database).flatMap { OutboxState(rawValue: $0.state) }
        }
        let transmitting = NIOLockedValueBox(false)
        let (database, clock, lease) = (database, clock, lease)
        do {
            let receipt = try await sender.send(Outbox.message(of: row)) {
                let now = clock()
                try await Outbox(database: database, now: now).markTransmitting(id, leaseUntil: now.addingTimeInterval(lease))
                transmitting.withLockedValue { $0 = true }
            }
            try await Outbox(database: database, now: clock()).markSent(id, receipt: receipt)
            return .sent
        } catch {
            let failure = error as? SMTPFailure
            let now = clock()
            let reason = failure.map(\.description) ?? String(describing: error)
            // After the message went, only the relay's own answer says it was not taken.
            if transmitting.withLockedValue({ $0 }), failure?.isRelaysAnswer != true {
                try await Outbox(database: database, now: now).markUnsent(id, reason: reason + "; the relay may or may not have it", retryAt: nil, state: .uncertain)
                return .uncertain
            }
            let retryAt = failure?.isPermanent == true ? nil : schedule.nextAttempt(afterAttempts: row.attempts, failedAt: now)
            try await Outbox(database: database, now: now).markUnsent(id, reason: reason, retryAt: retryAt)
            return retryAt == nil ? .failed : .queued
        }
    }
}

extension Application {
    /// Tries message `id` now, for a request that wants to say how it went, waiting at most
    /// `patience`: a relay that is slow to answer leaves the attempt going on as background
    /// work and the message `connecting` on the page, rather than holding the request for
    /// the SMTP client's time limits. An error of Parity's own (the database) is logged and
    /// the message left for `OutboxWorker`.
    func deliverNow(_ id: UUID, patience: Duration = .seconds(15)) async -> OutboxMessageRow? {
        let (attempted, finished) = AsyncStream<Void>.makeStream()
        backgroundWork.run(logger: logger) { [self] in
            defer { finished.finish() }
            try await MailDelivery(app: self).deliver(id)
        }
        await withTaskGroup(of: Void.self) { race in
            race.addTask { for await _ in attempted {} }
            race.addTask { try? await Task.sleep(for: patience) }
            await race.next()
            race.cancelAll()
        }
        do {
            return try await OutboxMessageRow.find(id, on: db)
        } catch {
            logger.error("Mail \(id) not read back: \(String(reflecting: error))")
            return nil
        }
    }
}
