import ParityCore

/// "What staff say" beside an indicator: the themes of staff voice that speak to it, with
/// their published experiences over the latest four quarters (withheld under 10), and the
/// scope's staff voice page (issue 6).
struct VoiceNoteView: Encodable {
    var text: String
    var href: String

    init?(indicator: Int, figures: WhatStaffSay, href: String) {
        let themes = VoiceTheme.themes(forWRESIndicator: indicator)
        guard !themes.isEmpty, figures.contributions != .fewerThanMinimum else { return nil }
        text = themes.map { theme in
            let count = figures.recentTotals[theme] ?? .fewerThanMinimum
            return "\(theme.label.lowercased()): \(count.display) \(count.value == 1 ? "experience" : "experiences")"
        }.joined(separator: "; ") + " in the latest four quarters."
        self.href = href
    }
}

extension DetailSectionsView {
    /// Puts what staff say beside each indicator it speaks to.
    mutating func attach(voice figures: WhatStaffSay, href: String) {
        representation.voice = VoiceNoteView(indicator: 1, figures: figures, href: href)
        for index in likelihoods.indices { likelihoods[index].voice = VoiceNoteView(indicator: likelihoods[index].number, figures: figures, href: href) }
        for index in surveys.indices { surveys[index].voice = VoiceNoteView(indicator: surveys[index].number, figures: figures, href: href) }
        board.voice = VoiceNoteView(indicator: 9, figures: figures, href: href)
    }
}
