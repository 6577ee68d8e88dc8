/// Finds email addresses: a local part, "@", and a domain of dot-separated labels ending in a
/// top-level domain of two or more letters ("name@nhs.net", "a.b+c@trust.nhs.uk").
enum EmailScanner {
    static func redact(_ text: String) -> RedactionPass {
        let characters = Array(text)
        var spans: [(range: Range<Int>, kind: VoiceRedactionKind)] = []
        var position = 0
        while position < characters.count {
            if characters[position] == "@", let range = address(around: position, in: characters),
               range.lowerBound >= (spans.last?.range.upperBound ?? 0) {
                spans.append((range, .email))
                position = range.upperBound
            } else {
                position += 1
            }
        }
        return RedactionPass(characters, spans: spans)
    }

    private static func address(around at: Int, in characters: [Character]) -> Range<Int>? {
        var start = at
        while start > 0, isLocal(characters[start - 1]) { start -= 1 }
        while start < at, characters[start] == "." { start += 1 }
        guard start < at else { return nil }

        var greedyEnd = at + 1
        while greedyEnd < characters.count, greedyEnd - at <= longestDomain, isDomain(characters[greedyEnd]) { greedyEnd += 1 }
        // The longest valid domain, so a full stop, a dash or digits run on after the address
        // ("…@example.org." or "…@example.org07700…") are not taken as part of it; never
        // ending inside a run of letters, which would invent a shorter top-level domain.
        for end in stride(from: greedyEnd, to: at + 1, by: -1)
        where end == greedyEnd || !characters[end].isASCIILetter {
            if isValidDomain(characters[(at + 1)..<end]) { return start..<end }
        }
        return nil
    }

    /// Dot-separated labels, none empty or starting or ending with a hyphen, the last (the
    /// top-level domain) two or more letters.
    private static func isValidDomain(_ domain: ArraySlice<Character>) -> Bool {
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let top = labels.last, top.count >= 2, top.allSatisfy(\.isASCIILetter) else { return false }
        return labels.allSatisfy { !$0.isEmpty && $0.first != "-" && $0.last != "-" }
    }

    /// RFC 1035's limit on a domain name's length, which also bounds the search above.
    private static let longestDomain = 253

    private static func isLocal(_ character: Character) -> Bool {
        character.isASCIILetter || character.isASCIIDigit || "._%+_-".contains(character)
    }

    private static func isDomain(_ character: Character) -> Bool {
        character.isASCIILetter || character.isASCIIDigit || character == "." || character == "-"
    }
}

fileprivate extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isASCIILetter: Bool { isASCII && isLetter }
}
