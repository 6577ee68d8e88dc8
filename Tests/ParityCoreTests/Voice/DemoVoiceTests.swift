import Testing
@testable import ParityCore

struct DemoVoiceTests {
    private static let weeks = (0..<26).map { VoiceWeek(year: 2026, week: 1).adding(weeks: $0) }
    private static let organisations = ["XA1", "XB2", "XC3", "XD4", "XE5"]

    private func demo(seed: UInt64 = 42, count: Int = 600) -> [DemoVoiceSubmission] {
        DemoVoice.submissions(seed: seed, organisationCodes: Self.organisations, weeks: Self.weeks, count: count)
    }

    @Test func deterministicAndStable() {
        #expect(demo() == demo())
        #expect(demo() != demo(seed: 43))
        #expect(Array(demo()[0..<100]) == demo(count: 100))
        #expect(demo(count: 0).isEmpty)
    }

    @Test func valuesAreValidFormAnswers() {
        for submission in demo() {
            #expect((60...600).contains(submission.text.count), "\(submission.text.count) characters")
            #expect(!submission.themes.isEmpty && submission.themes == Array(Set(submission.themes)).sorted())
            #expect(Self.weeks.contains(submission.week))
            #expect(submission.organisation.map(Self.organisations.contains) ?? true)
            let validated = VoiceSubmissionDraft.validate(
                text: submission.text, themes: submission.themes.map(\.rawValue), staffGroup: submission.staffGroup?.rawValue,
                band: submission.band?.rawValue, ethnicity: submission.ethnicity?.rawValue,
                disability: submission.disability?.rawValue, consent: submission.consent.rawValue
            )
            #expect((try? validated.get()) != nil)
        }
    }

    @Test func redactionLeavesNoContactDetails() {
        let submissions = demo()
        let redacted = submissions.map { Redactor.redact($0.text) }
        #expect(redacted.filter(\.isChanged).count >= 10)
        for result in redacted {
            #expect(!result.text.contains("@"))
            #expect(!result.text.contains("07700"))
            #expect(!result.text.contains("900123"))
            #expect(!result.text.contains("12345678"))
        }
        #expect(redacted.flatMap(\.redactions).map(\.kind).contains(.email))
        #expect(redacted.flatMap(\.redactions).map(\.kind).contains(.phone))
    }

    @Test func mixIsRealistic() {
        let submissions = demo()
        let themes = submissions.flatMap(\.themes)
        func share(_ theme: VoiceTheme) -> Int { themes.filter { $0 == theme }.count }
        let ranked = VoiceTheme.allCases.sorted { share($0) > share($1) }
        #expect(Set(ranked.prefix(3)) == [.harassmentFromColleagues, .progression, .harassmentFromPublic])
        #expect(ranked.last == .other)
        let unsaid = submissions.filter { $0.organisation == nil }.count
        #expect((30...120).contains(unsaid))
        #expect(Set(submissions.compactMap(\.organisation)) == Set(Self.organisations))
        #expect(submissions.contains { $0.consent == .panelOnly } && submissions.contains { $0.consent == .quoteAnonymously })
        #expect(submissions.contains { $0.ethnicity == nil } && submissions.contains { $0.ethnicity == .preferNotToSay })
    }

    @Test func fragmentsAreCleanAndPlenty() {
        for theme in VoiceTheme.allCases {
            let fragments = DemoVoiceFragments.fragments(for: theme)
            #expect(fragments.count >= 30)
            #expect(Set(fragments).count == fragments.count)
            for fragment in fragments + DemoVoiceFragments.closings {
                #expect(!Redactor.redact(fragment).isChanged, "\(fragment)")
                #expect(fragment.count <= 160)
            }
        }
        #expect(DemoVoiceFragments.identifying.allSatisfy { Redactor.redact($0).isChanged })
    }
}
