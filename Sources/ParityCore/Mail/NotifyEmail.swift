import Foundation

/// An email in the style of NHS.UK's notifications (GOV.UK Notify): a short plain subject, a
/// few short paragraphs, one clear link on its own, nothing else. The plain text and the HTML
/// say the same; the HTML has no images, scripts or styles beyond inline colours and sizes.
public struct NotifyEmail: Sendable, Equatable {
    public var subject: String
    /// What happened and what to do, before the link.
    public var paragraphs: [String]
    /// The one thing to do, as the link's words.
    public var action: String
    /// An absolute `http(s)` address.
    public var link: String
    /// After the link: how long it works, what to do if this was unexpected.
    public var closing: [String]

    public init(subject: String, paragraphs: [String], action: String, link: String, closing: [String]) {
        self.subject = subject
        self.paragraphs = paragraphs
        self.action = action
        self.link = link
        self.closing = closing
    }

    /// The plain-text body: paragraphs, then the action with the link alone on the next line.
    public var text: String {
        (paragraphs + ["\(action):\n\(link)"] + closing).joined(separator: "\n\n") + "\n"
    }

    /// The HTML body.
    public var html: String {
        let font = "font-family: Arial, sans-serif; font-size: 19px; line-height: 1.32; color: #0b0c0c;"
        let paragraph = { (text: String) in "<p style=\"margin: 0 0 20px; \(font)\">\(Self.escaped(text))</p>" }
        let body = paragraphs.map(paragraph)
            + ["<p style=\"margin: 0 0 20px; \(font)\"><a href=\"\(Self.escaped(link))\" style=\"color: #005eb8;\">\(Self.escaped(action))</a></p>"]
            + closing.map(paragraph)
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>\(Self.escaped(subject))</title></head>
        <body style="margin: 0; padding: 0;">
        <div style="background: #005eb8; padding: 16px 20px;"><span style="font-family: Arial, sans-serif; font-size: 24px; font-weight: bold; color: #ffffff;">Parity</span></div>
        <div style="max-width: 580px; padding: 20px;">
        \(body.joined(separator: "\n"))
        </div>
        </body>
        </html>

        """
    }

    /// The message from `from` to `to`.
    public func message(from: MailAddress, to: String, messageID: String, date: Date) -> MailMessage {
        MailMessage(from: from, to: to, subject: subject, text: text, html: html, messageID: messageID, date: date)
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
