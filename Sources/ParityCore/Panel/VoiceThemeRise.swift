/// A staff voice theme with at least the disclosure threshold of contributions this period
/// and more than the previous period, for a meeting pack (issue 7, meeting packs: "new
/// staff-voice themes above threshold").
public struct VoiceThemeRise: Sendable, Hashable, Codable {
    public let theme: VoiceTheme
    /// The previous period's count as it may be shown: "fewer than 10" under the threshold.
    public let previous: VoiceCount
    public let current: VoiceCount
    public let sentence: String

    public init(theme: VoiceTheme, previous: VoiceCount, current: VoiceCount, sentence: String) {
        self.theme = theme
        self.previous = previous
        self.current = current
        self.sentence = sentence
    }

    /// The themes, in form order, with at least `minimum` contributions this period and more
    /// than last period (a theme absent from a dictionary has 0). Counts are disclosed with
    /// `VoiceCount.disclose`, so a previous count under `minimum` reads "fewer than 10"
    /// (DOMAIN.md, disclosure control: no breakdown with fewer than 10 contributions).
    public static func rising(previous: [VoiceTheme: Int], current: [VoiceTheme: Int], minimum: Int = VoiceDisclosure.minimumContributions) -> [VoiceThemeRise] {
        VoiceTheme.allCases.compactMap { theme in
            let now = current[theme] ?? 0
            let before = previous[theme] ?? 0
            guard now >= minimum, now > before else { return nil }
            let shownBefore = VoiceCount.disclose(before, minimum: minimum)
            let beforeText = shownBefore.value.map(String.init) ?? "fewer than \(minimum)"
            return VoiceThemeRise(
                theme: theme,
                previous: shownBefore,
                current: .disclose(now, minimum: minimum),
                sentence: "\(theme.label): \(now) contributions this period, up from \(beforeText) in the previous period."
            )
        }
    }
}
