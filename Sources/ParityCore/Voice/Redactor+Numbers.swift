/// Finds phone, NHS and staff numbers. From each place a number may start it reads a run of
/// digit groups (an optional +44 and bracketed first group, then groups joined by single
/// spaces or hyphens) and tries its prefixes longest first, so "call 07700 900123 2 times"
/// removes the phone number and keeps the "2".
enum NumberScanner {
    static func redact(_ text: String) -> RedactionPass {
        let characters = Array(text)
        var spans: [(range: Range<Int>, kind: VoiceRedactionKind)] = []
        var position = 0
        while position < characters.count {
            if startsNumber(at: position, in: characters), let match = match(at: position, in: characters) {
                spans.append(match)
                position = match.range.upperBound
            } else if characters[position].isASCIIDigit {
                while position < characters.count, characters[position].isASCIIDigit { position += 1 }
            } else {
                position += 1
            }
        }
        return RedactionPass(characters, spans: spans)
    }

    /// A run of digit groups read from one starting place, up to one of its group ends.
    private struct Run {
        var end = 0
        var digits: [Character] = []
        var groups: [Int] = []
        var separators: [Character] = []
        var international = false
        var bracketed = false
    }

    private static let longestRun = 12

    private static func startsNumber(at position: Int, in characters: [Character]) -> Bool {
        let character = characters[position]
        let next = position + 1 < characters.count ? characters[position + 1] : " "
        guard character.isASCIIDigit || (character == "+" && next == "4") || (character == "(" && next.isASCIIDigit) else { return false }
        guard position > 0 else { return true }
        let previous = characters[position - 1]
        if previous.isLetter || previous.isNumber || "£$€".contains(previous) { return false }
        // The digits after a decimal point, a thousands comma or a date's slash.
        if ".,/".contains(previous), position > 1, characters[position - 2].isASCIIDigit { return false }
        return true
    }

    private static func endsNumber(at position: Int, in characters: [Character]) -> Bool {
        guard position < characters.count else { return true }
        let next = characters[position]
        if next.isLetter || next.isNumber || next == "%" { return false }
        if ".,/:".contains(next), position + 1 < characters.count, characters[position + 1].isASCIIDigit { return false }
        return true
    }

    private static func match(at start: Int, in characters: [Character]) -> (range: Range<Int>, kind: VoiceRedactionKind)? {
        for run in runs(from: start, in: characters).reversed() where endsNumber(at: run.end, in: characters) {
            if let kind = kind(of: run, at: start, in: characters) { return (start..<run.end, kind) }
        }
        return nil
    }

    private static func kind(of run: Run, at start: Int, in characters: [Character]) -> VoiceRedactionKind? {
        if isPhone(run) { return .phone }
        guard !run.international, !run.bracketed else { return nil }
        if run.digits.count == 10, run.groups == [10] || (run.groups == [3, 3, 4] && run.separators[0] == run.separators[1]) {
            return .nhsNumber
        }
        guard run.groups.count == 1 else { return nil }
        if run.digits.count == 8 || (run.digits.count >= 5 && StaffNumberContext.precedes(start, in: characters)) {
            return .staffNumber
        }
        return nil
    }

    /// UK numbers: 01, 02 and 03 (geographic and non-geographic) and 07 (mobile), 10 or 11
    /// digits once +44 is read as 0.
    private static func isPhone(_ run: Run) -> Bool {
        let national = run.international && run.digits.first != "0" ? ["0"] + run.digits : run.digits
        guard (10...11).contains(national.count), national[0] == "0", "1237".contains(national[1]) else { return false }
        return run.groups.count == 1 || (run.groups.count <= 4 && run.groups.allSatisfy { $0 >= 2 })
    }

    /// Every prefix of the run that ends after a whole group, shortest first.
    private static func runs(from start: Int, in characters: [Character]) -> [Run] {
        var run = Run()
        var position = start
        func at(_ offset: Int) -> Character? {
            position + offset < characters.count ? characters[position + offset] : nil
        }
        func skipSeparator() {
            if let character = at(0), character == " " || character == "-" { position += 1 }
        }
        func readGroup() -> Bool {
            let groupStart = position
            while let character = at(0), character.isASCIIDigit {
                run.digits.append(character)
                position += 1
            }
            guard position > groupStart else { return false }
            run.groups.append(position - groupStart)
            return true
        }

        var found: [Run] = []
        if at(0) == "+" {
            guard at(1) == "4", at(2) == "4" else { return [] }
            run.international = true
            position += 3
            skipSeparator()
            if at(0) == "(", at(1) == "0", at(2) == ")" {
                position += 3
                skipSeparator()
            }
        }
        if at(0) == "(" {
            position += 1
            guard readGroup(), at(0) == ")" else { return [] }
            position += 1
            run.bracketed = true
            run.end = position
            found.append(run)
            if at(0) == " " || at(0) == "-", let next = at(1), next.isASCIIDigit {
                run.separators.append(" ")
                position += 1
            }
        }
        while run.digits.count < longestRun, readGroup() {
            run.end = position
            found.append(run)
            guard let separator = at(0), separator == " " || separator == "-", let next = at(1), next.isASCIIDigit else { break }
            run.separators.append(separator)
            position += 1
        }
        return found
    }
}

fileprivate extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isASCIILetter: Bool { isASCII && isLetter }
}
