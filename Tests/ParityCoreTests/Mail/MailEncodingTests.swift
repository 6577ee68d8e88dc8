import Foundation
import ParityCore
import Testing

@Suite struct MailEncodingTests {
    @Test(arguments: [
        ("Plain words.", "Plain words."),
        ("a=b", "a=3Db"),
        ("trailing space ", "trailing space=20"),
        ("tab\tinside", "tab\tinside"),
        ("Région", "R=C3=A9gion"),
        ("two\nlines", "two\r\nlines"),
        ("crlf\r\nkept", "crlf\r\nkept"),
        ("", ""),
    ])
    func quotedPrintableEncodesWhatIsNotPlainASCII(text: String, expected: String) {
        #expect(QuotedPrintable.encode(text) == expected)
    }

    @Test func quotedPrintableBreaksLongLinesSoftlyAtSeventySixCharacters() {
        let text = String(repeating: "é", count: 100) + " " + String(repeating: "x", count: 200)
        let encoded = QuotedPrintable.encode(text)
        let lines = encoded.components(separatedBy: "\r\n")
        #expect(lines.count > 5)
        #expect(lines.allSatisfy { $0.count <= 76 })
        #expect(lines.dropLast().allSatisfy { $0.hasSuffix("=") })
        // No encoded byte is split across a soft break.
        for line in lines {
            let content = line.hasSuffix("=") ? String(line.dropLast()) : line
            #expect(!content.hasSuffix("=") && content.range(of: "=[0-9A-F]$", options: .regularExpression) == nil)
        }
    }

    @Test(arguments: [
        ("You are invited to Parity", "You are invited to Parity"),
        ("Line\r\nBcc: someone@example.com", "Line  Bcc: someone@example.com"),
    ])
    func plainSubjectsStayAsTheyAreWithLineBreaksFlattened(subject: String, expected: String) {
        #expect(EncodedWord.header("Subject", subject) == expected)
    }

    @Test func longSubjectsFoldAtSpacesAndOtherScriptsAreEncodedInShortWords() {
        let long = EncodedWord.header("Subject", String(repeating: "word ", count: 30))
        #expect(long.components(separatedBy: "\r\n ").allSatisfy { $0.count <= 78 })
        let encoded = EncodedWord.header("Subject", "Résumé " + String(repeating: "ü", count: 60))
        let words = encoded.replacingOccurrences(of: "\r\n", with: "").split(separator: " ")
        #expect(words.count > 1)
        #expect(words.allSatisfy { $0.hasPrefix("=?UTF-8?B?") && $0.hasSuffix("?=") && $0.count <= 75 })
    }

    @Test(arguments: [
        ("Parity", "Parity"),
        ("NHS Midlands 2", "NHS Midlands 2"),
        ("Parity (Midlands)", "\"Parity (Midlands)\""),
        ("Région", "=?UTF-8?B?UsOpZ2lvbg==?="),
    ])
    func displayNamesAreQuotedOrEncodedWhenTheyNeedIt(name: String, expected: String) {
        #expect(EncodedWord.displayName(name) == expected)
    }

    @Test func dotStuffingDoublesLeadingDotsAndEndsTheData() {
        #expect(SMTPDotStuffing.data("a\r\n.b\r\n.\r\n..c\r\n") == "a\r\n..b\r\n..\r\n...c\r\n.\r\n")
        #expect(SMTPDotStuffing.data("no end") == "no end\r\n.\r\n")
    }

    @Test func aRenderedMessageHasCRLFLinesTheHeadersAndBothBodies() {
        let message = MailMessage(from: MailAddress(address: "parity@example.nhs.uk", name: "Parity"), to: "a@test.invalid", subject: "Hello",
                                  text: ".starts with a dot", html: "<p>Hello</p>", messageID: "1234abcd@example.nhs.uk",
                                  date: Date(timeIntervalSince1970: 0))
        let rendered = message.rendered()
        let lines = rendered.components(separatedBy: "\r\n")
        #expect(!rendered.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(lines.allSatisfy { $0.count <= 78 })
        #expect(lines.prefix(6) == ["Date: Thu, 01 Jan 1970 00:00:00 +0000", "From: Parity <parity@example.nhs.uk>", "To: <a@test.invalid>",
                                    "Subject: Hello", "Message-ID: <1234abcd@example.nhs.uk>", "MIME-Version: 1.0"])
        #expect(rendered.contains("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n.starts with a dot\r\n"))
        #expect(rendered.contains("Content-Type: text/html; charset=utf-8"))
        #expect(rendered.hasSuffix("--=_parity_1234abcd--\r\n"))
        #expect(message.rendered() == rendered, "every attempt sends the same bytes")
    }

    @Test(arguments: [
        ("name@nhs.net", true),
        ("first.last+tag@example.nhs.uk", true),
        ("a@b\r\nBcc: x@y.z", false),
        ("a b@nhs.net", false),
        ("<a@nhs.net>", false),
        ("a@localhost", false),
        ("@nhs.net", false),
        ("a@@nhs.net", false),
        ("a@nhs.net,b@nhs.net", false),
        ("é@nhs.net", false),
    ])
    func onlyPlainAddressesAreDeliverable(address: String, deliverable: Bool) {
        #expect(MailAddress.isDeliverable(address) == deliverable)
    }

    @Test(arguments: [
        ("parity@example.nhs.uk", MailAddress(address: "parity@example.nhs.uk")),
        ("Parity <parity@example.nhs.uk>", MailAddress(address: "parity@example.nhs.uk", name: "Parity")),
        ("\"Parity, Midlands\" <parity@example.nhs.uk>", MailAddress(address: "parity@example.nhs.uk", name: "Parity, Midlands")),
        ("Parity <not an address>", nil),
    ] as [(String, MailAddress?)])
    func senderAddressesAreRead(text: String, expected: MailAddress?) {
        #expect(MailAddress.parse(text) == expected)
    }

    @Test func retriesBackOffAndStopAfterTheEighthAttempt() {
        let start = Date(timeIntervalSince1970: 0)
        let schedule = MailRetrySchedule.standard
        #expect(schedule.nextAttempt(afterAttempts: 1, failedAt: start) == start.addingTimeInterval(60))
        #expect(schedule.nextAttempt(afterAttempts: 2, failedAt: start) == start.addingTimeInterval(300))
        #expect(schedule.nextAttempt(afterAttempts: 7, failedAt: start) == start.addingTimeInterval(12 * 3600))
        #expect(schedule.nextAttempt(afterAttempts: 8, failedAt: start) == nil)
        #expect(schedule.delays.reduce(0, +) < 24 * 3600, "all tries end within a reset link's life")
    }

    @Test func aNotifyEmailSaysTheSameInTextAndHTMLWithOneEscapedLink() {
        let email = NotifyEmail(subject: "S", paragraphs: ["A & B <script>"], action: "Do it", link: "https://p.example/x?a=1&b=2", closing: ["Bye."])
        #expect(email.text == "A & B <script>\n\nDo it:\nhttps://p.example/x?a=1&b=2\n\nBye.\n")
        #expect(email.html.contains("A &amp; B &lt;script&gt;"))
        #expect(email.html.contains("<a href=\"https://p.example/x?a=1&amp;b=2\""))
        #expect(email.html.components(separatedBy: "<a ").count == 2)
    }
}
