/// Theme counts over time for one system or organisation, beside the matching indicator
/// ("What staff say" next to "What the numbers say", issue 6).
public enum VoiceThemeTrend {
    /// For every theme, its number of contributions in each of `periods` (in that order),
    /// each under the minimum of `VoiceDisclosure` (DOMAIN.md, Disclosure control). A
    /// contribution tagged with several themes counts once under each; entries whose period
    /// is not in `periods` are left out. No totals are given, so no secondary suppression is
    /// needed.
    public static func counts(_ entries: [(theme: VoiceTheme, period: String)], periods: [String]) -> [VoiceTheme: [VoiceCount]] {
        let columns = Dictionary(periods.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        var tallies = Dictionary(uniqueKeysWithValues: VoiceTheme.allCases.map { ($0, [Int](repeating: 0, count: periods.count)) })
        for entry in entries {
            if let column = columns[entry.period] { tallies[entry.theme]![column] += 1 }
        }
        return tallies.mapValues { $0.map { VoiceCount.disclose($0) } }
    }
}
