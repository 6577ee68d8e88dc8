import Testing
@testable import ParityCore

struct RedactorTests {
    private static let email = VoiceRedactionKind.email.marker
    private static let phone = VoiceRedactionKind.phone.marker
    private static let nhs = VoiceRedactionKind.nhsNumber.marker
    private static let staff = VoiceRedactionKind.staffNumber.marker

    @Test func markersAndLabels() {
        #expect(VoiceRedactionKind.allCases.map(\.marker) == [
            "[email address removed]", "[phone number removed]", "[NHS number removed]", "[staff number removed]",
        ])
        #expect(VoiceRedactionKind.allCases.map(\.rawValue) == ["email", "phone", "nhs-number", "staff-number"])
    }

    @Test(arguments: [
        ("Email me at jo.bloggs@nhs.net please", "Email me at \(email) please"),
        ("someone@example.org.", "\(email)."),
        ("(a.b+c@trust.nhs.uk)", "(\(email))"),
        ("first_last99@mail.example.co.uk, thanks", "\(email), thanks"),
        ("write to x@y.org and p@q.net", "write to \(email) and \(email)"),
    ])
    func emails(input: String, expected: String) {
        #expect(Redactor.redact(input).text == expected)
    }

    @Test(arguments: [
        ("Call 07700 900123 today", "Call \(phone) today"),
        ("07700900123", phone),
        ("mobile 07700-900-123.", "mobile \(phone)."),
        ("ring 0121 496 0000 or 020 7946 0000", "ring \(phone) or \(phone)"),
        ("tel: (01632) 960123", "tel: \(phone)"),
        ("+44 7700 900123", phone),
        ("+447700900123!", "\(phone)!"),
        ("+44 (0)20 7946 0000", phone),
        ("0300 123 4567", phone),
        ("call 07700 900123 2 times", "call \(phone) 2 times"),
        // 10 digits starting 0 in NHS grouping: the phone rule wins.
        ("012 345 6789", phone),
    ])
    func phones(input: String, expected: String) {
        let result = Redactor.redact(input)
        #expect(result.text == expected)
        #expect(result.redactions.allSatisfy { $0.kind == .phone })
    }

    @Test(arguments: [
        // 943 476 5919 has a valid modulus-11 check digit; 943 476 5918 does not. Both go.
        ("My NHS number is 943 476 5919.", "My NHS number is \(nhs)."),
        ("nhs no 943-476-5918", "nhs no \(nhs)"),
        ("9434765919", nhs),
    ])
    func nhsNumbers(input: String, expected: String) {
        let result = Redactor.redact(input)
        #expect(result.text == expected)
        #expect(result.redactions == [VoiceRedaction(kind: .nhsNumber, count: 1)])
    }

    @Test(arguments: [
        ("ref 12345678 on file", "ref \(staff) on file"),
        ("My staff number is 123456", "My staff number is \(staff)"),
        ("staff no. 98765", "staff no. \(staff)"),
        ("ESR: 5554443", "ESR: \(staff)"),
        ("my esr assignment is 77777-2", "my esr assignment is \(staff)-2"),
        ("Assignment Number 20451", "Assignment Number \(staff)"),
        ("employee number was 31337 then", "employee number was \(staff) then"),
    ])
    func staffNumbers(input: String, expected: String) {
        #expect(Redactor.redact(input).text == expected)
    }

    @Test(arguments: [
        "I joined in 2019 and left in 2024.",
        "I have been band 7 since 2015, and my colleague is 8a.",
        "Only 45% of us, or 12.5% of the team, agreed.",
        "It happened on 12/03/2026 and again on 2026-03-12 and 01-03-2026.",
        "From 2019-2020 to 2023 2024 2025 nothing changed.",
        "The budget was £12345678 and then 1,234,567,890 in total.",
        "Pi is 3.1415926535 more or less, and 0.0123456789 is small.",
        "Ward 12345 is on level 2.",
        "Post ref ABC12345678 was advertised.",
        "A 9-digit 123456789 and a 12-digit 123456789012 run are not identifiers.",
        "ESR was down for 2 hours on 3 March 2026.",
        "Reach me @ the staff network, not by email.",
        "Band 5 staff working 37.5 hours from 07:30 until 15:30.",
    ])
    func leavesOrdinaryNumbersAlone(input: String) {
        let result = Redactor.redact(input)
        #expect(result.text == input)
        #expect(result.redactions.isEmpty)
        #expect(!result.isChanged)
    }

    @Test func countsEachKindInOrder() {
        let result = Redactor.redact(
            "Staff number 55555, ring 07700 900123 or 07700 900124, mail a@b.org, NHS 943 476 5919"
        )
        #expect(result.text == "Staff number \(Self.staff), ring \(Self.phone) or \(Self.phone), mail \(Self.email), NHS \(Self.nhs)")
        #expect(result.redactions == [
            VoiceRedaction(kind: .email, count: 1), VoiceRedaction(kind: .phone, count: 2),
            VoiceRedaction(kind: .nhsNumber, count: 1), VoiceRedaction(kind: .staffNumber, count: 1),
        ])
        #expect(result.isChanged)
    }

    @Test(arguments: [
        "Staff number 55555, ring 07700 900123, mail a@b.org, NHS 943 476 5919",
        "12345678 55555",
        "x@y.org-12345678",
        "ESR 12345 67890 and 07700 900123 12345",
        "someone@example.org07700900123",
        "plain text with nothing to remove in 2026",
    ])
    func idempotent(input: String) {
        let once = Redactor.redact(input)
        let twice = Redactor.redact(once.text)
        #expect(twice.text == once.text)
        #expect(twice.redactions.isEmpty)
        #expect(!once.text.contains("@"))
    }
}

@Suite struct RedactorMarkerTests {
    @Test func markersAlreadyInATextAreCounted() {
        let text = "Call [phone number removed] or [phone number removed], or write to [email address removed]."
        #expect(Redactor.markers(in: text) == [VoiceRedaction(kind: .email, count: 1), VoiceRedaction(kind: .phone, count: 2)])
        #expect(Redactor.markers(in: "Nothing was removed here.") == [])
    }
}
