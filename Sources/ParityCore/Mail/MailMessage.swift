import Foundation

/// One email Parity sends: who from and to, a subject, and the same words as plain text and
/// as HTML. The `messageID` and `date` are fixed when the message is made, so every attempt
/// to deliver it sends the same bytes (`rendered()`).
public struct MailMessage: Sendable, Equatable {
    public var from: MailAddress
    public var to: String
    public var subject: String
    public var text: String
    public var html: String
    /// Without angle brackets: `uuid@domain`.
    public var messageID: String
    public var date: Date

    public init(from: MailAddress, to: String, subject: String, text: String, html: String, messageID: String, date: Date) {
        self.from = from
        self.to = to
        self.subject = subject
        self.text = text
        self.html = html
        self.messageID = messageID
        self.date = date
    }
}
