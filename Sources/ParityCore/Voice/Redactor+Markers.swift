extension Redactor {
    /// The redactions a text already shows: how many of each kind's marker it holds. A text
    /// redacted on the check page comes back to be stored with its markers in place, and the
    /// record of what was removed must count them, not just what a second pass finds.
    public static func markers(in text: String) -> [VoiceRedaction] {
        VoiceRedactionKind.allCases.compactMap { kind in
            let count = text.ranges(of: kind.marker).count
            return count > 0 ? VoiceRedaction(kind: kind, count: count) : nil
        }
    }
}
