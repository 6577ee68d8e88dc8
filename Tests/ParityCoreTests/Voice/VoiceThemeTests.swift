import Testing
@testable import ParityCore

struct VoiceThemeTests {
    @Test(arguments: [
        (VoiceTheme.recruitment, "recruitment", [2], [WDESMetric.appointment]),
        (.progression, "progression", [1, 7], [.representation, .equalOpportunities]),
        (.disciplinary, "disciplinary", [3], [.capability]),
        (.training, "training", [4], []),
        (.harassmentFromPublic, "harassment-public", [5], [.harassmentFromPublic]),
        (.harassmentFromColleagues, "harassment-colleagues", [6], [.harassmentFromColleagues]),
        (.managerDiscrimination, "manager-discrimination", [8], [.harassmentFromManagers]),
        (.leadershipCulture, "leadership-culture", [9], [.board, .valuedWork]),
        (.other, "other", [], []),
    ])
    func mapsToIndicators(theme: VoiceTheme, raw: String, wres: [Int], wdes: [WDESMetric]) {
        #expect(theme.rawValue == raw)
        #expect(VoiceTheme(rawValue: raw) == theme)
        #expect(theme.wresIndicators == wres)
        #expect(theme.wdesMetrics == wdes)
    }

    @Test(arguments: [
        (1, [VoiceTheme.progression]), (2, [.recruitment]), (3, [.disciplinary]), (4, [.training]),
        (5, [.harassmentFromPublic]), (6, [.harassmentFromColleagues]), (7, [.progression]),
        (8, [.managerDiscrimination]), (9, [.leadershipCulture]), (0, []), (10, []),
    ])
    func themesForIndicator(indicator: Int, themes: [VoiceTheme]) {
        #expect(VoiceTheme.themes(forWRESIndicator: indicator) == themes)
    }

    @Test func labelsAndOrder() {
        #expect(VoiceTheme.progression.label == "Progression and promotion")
        #expect(VoiceTheme.harassmentFromPublic.label == "Harassment from patients or the public")
        #expect(VoiceTheme.allCases.count == VoiceLimits.maximumThemes)
        #expect([VoiceTheme.other, .recruitment, .training].sorted() == [.recruitment, .training, .other])
        #expect(Set(VoiceTheme.allCases.map(\.label)).count == VoiceTheme.allCases.count)
    }

    @Test func demographicRawValuesAndLabels() {
        #expect(VoiceStaffGroup.allCases.map(\.rawValue) == ["clinical", "non-clinical", "medical", "prefer-not-to-say"])
        #expect(VoiceBandRange.allCases.map(\.rawValue) == ["1-4", "5-7", "8a-8b", "8c-9", "vsm", "medical", "prefer-not-to-say"])
        #expect(VoiceEthnicity.allCases.map(\.rawValue) == ["white", "bme", "prefer-not-to-say"])
        #expect(VoiceEthnicity.bme.label == "Black and minority ethnic (global majority)")
        #expect(VoiceDisability.allCases.map(\.rawValue) == ["disabled", "non-disabled", "prefer-not-to-say"])
        #expect(VoiceConsent.panelOnly.rawValue == "panel-only")
        #expect(VoiceConsent.panelOnly.label == "Seen by the panel only")
        #expect(VoiceConsent.quoteAnonymously.rawValue == "quote-anonymously")
        #expect(VoiceConsent.quoteAnonymously.label == "May be quoted anonymously in reports")
        #expect(VoiceStaffGroup.preferNotToSay.label == "Prefer not to say")
    }
}
