/// Removes things that identify people from a staff voice text before it is stored: email
/// addresses, UK phone numbers, NHS numbers and staff (ESR) numbers (issue 6). Names are out
/// of scope. The scanners work on characters, with no regular expressions.
public enum Redactor {
    /// `text` with every email address, phone number, NHS number and staff number replaced by
    /// its kind's marker, and how many of each were removed.
    ///
    /// Rules, in order of precedence:
    /// - email: `local@domain.tld` (a top-level domain of two or more letters);
    /// - phone: 10 or 11 digits starting 01, 02, 03 or 07 (or +44 followed by the number
    ///   without its 0, "(0)" allowed), contiguous or in groups of 2+ digits separated by
    ///   single spaces or hyphens, the first group optionally in brackets;
    /// - NHS number: 10 digits, contiguous or grouped 3-3-4, whether or not the modulus-11
    ///   check digit is valid (a false positive costs little); a phone match wins;
    /// - staff number: 8 contiguous digits, or 5+ contiguous digits with "staff number",
    ///   "staff no", "ESR", "assignment number" or "employee number" among the four words
    ///   before them (a marker left by an earlier removal counts as its words).
    /// A number must stand alone: not joined to letters, not after a currency sign, not part
    /// of a decimal, a date with slashes or a percentage; so years, bands ("band 7", "8a"),
    /// percentages and dates such as 12/03/2026 or 2026-03-12 are left alone.
    ///
    /// Passes repeat until nothing changes, so redacting the result again changes nothing.
    public static func redact(_ text: String) -> RedactedText {
        var current = text
        var counts: [VoiceRedactionKind: Int] = [:]
        while true {
            let emails = EmailScanner.redact(current)
            let numbers = NumberScanner.redact(emails.text)
            let found = emails.found + numbers.found
            if found.isEmpty { break }
            for kind in found { counts[kind, default: 0] += 1 }
            current = numbers.text
        }
        let redactions = VoiceRedactionKind.allCases.compactMap { kind in
            counts[kind].map { VoiceRedaction(kind: kind, count: $0) }
        }
        return RedactedText(text: current, redactions: redactions)
    }
}

/// One pass of a scanner: the text with its finds replaced by markers, and one kind per find.
struct RedactionPass {
    var text: String
    var found: [VoiceRedactionKind]

    /// `characters` with each span replaced by its kind's marker; spans must be in order and
    /// must not overlap.
    init(_ characters: [Character], spans: [(range: Range<Int>, kind: VoiceRedactionKind)]) {
        var text = ""
        var position = 0
        for span in spans {
            text.append(contentsOf: characters[position..<span.range.lowerBound])
            text.append(span.kind.marker)
            position = span.range.upperBound
        }
        text.append(contentsOf: characters[position...])
        self.text = text
        self.found = spans.map(\.kind)
    }
}
