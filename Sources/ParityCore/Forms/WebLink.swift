import Foundation // trimmingCharacters

/// A web address a person typed into a form, which Parity will print as a link: only `http`
/// and `https` are accepted, so a stored `javascript:`, `data:` or `vbscript:` address can
/// never run in a reader's browser (issue 19; the content security policy is a second line).
public enum WebLink {
    public static let maximumLength = 2_000

    /// `text` without surrounding whitespace when it is an http(s) address with a host and no
    /// spaces or control characters inside; nil otherwise.
    public static func validated(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count <= maximumLength,
              !trimmed.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.properties.generalCategory == .control }),
              let separator = trimmed.range(of: "://") else { return nil }
        let scheme = trimmed[..<separator.lowerBound].lowercased()
        let host = trimmed[separator.upperBound...].prefix { !"/?#".contains($0) }
        guard scheme == "http" || scheme == "https", !host.isEmpty, !host.hasPrefix("@") else { return nil }
        return trimmed
    }

    /// What a form says when an address is refused.
    public static let refusal = "must be a web address starting https:// or http://"
}
