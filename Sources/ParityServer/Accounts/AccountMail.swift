import ParityCore

/// The words of the account emails, in the NHS.UK notification style.
enum AccountMail {
    static func invitation(inviter: String, role: String, scope: String, link: String) -> NotifyEmail {
        NotifyEmail(
            subject: "You are invited to Parity",
            paragraphs: ["\(inviter) has invited you to Parity as \(role) (\(scope)).",
                         "Parity shows how each NHS organisation in the region is doing on workforce race and disability equality."],
            action: "Accept your invitation", link: link,
            closing: ["The link works once and expires in 7 days.", "If you were not expecting this email, you can ignore it."])
    }

    static func passwordReset(link: String) -> NotifyEmail {
        NotifyEmail(
            subject: "Reset your Parity password",
            paragraphs: ["Someone asked to reset the password of your Parity account."],
            action: "Set a new password", link: link,
            closing: ["The link works once and expires in 24 hours.", "If you did not ask for this, ignore this email: your password has not changed."])
    }
}
