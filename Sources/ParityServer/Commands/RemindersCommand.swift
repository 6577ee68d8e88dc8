import ParityCore
import Vapor

/// `parity reminders send`: sends the return-deadline reminders due today and lists them.
/// Meant for a daily scheduler (cron, a Kubernetes CronJob); running it twice sends nothing new.
struct RemindersCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "send")
        var action: String
    }

    var help: String { "Sends the return-deadline reminders due today: `parity reminders send` (daily, from a scheduler)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.action == "send" else {
            throw ParityError.invalidInput("Unknown reminders action \(signature.action). Use: parity reminders send")
        }
        let app = context.application
        let sent = try await CycleReminders(database: app.db, mail: MailDelivery(app: app), from: app.mailFrom, baseURL: app.baseURL, now: app.now()).send()
        for reminder in sent {
            context.console.print("\(reminder.cycle) \(reminder.organisation): \(reminder.offset)-day reminder to \(reminder.recipients) data lead\(reminder.recipients == 1 ? "" : "s")")
        }
        context.console.print("Sent \(sent.count) reminder\(sent.count == 1 ? "" : "s").")
    }
}
