import Testing
@testable import ParityCore

struct VoiceSubmissionValidationTests {
    private static let goodText = "I was passed over for promotion again."

    private func validate(
        text: String = goodText, themes: [String] = ["progression"], staffGroup: String? = nil, band: String? = nil,
        ethnicity: String? = nil, disability: String? = nil, consent: String? = "panel-only"
    ) -> Result<VoiceSubmissionDraft, [VoiceFieldError]> {
        VoiceSubmissionDraft.validate(text: text, themes: themes, staffGroup: staffGroup, band: band, ethnicity: ethnicity, disability: disability, consent: consent)
    }

    private func errors(_ result: Result<VoiceSubmissionDraft, [VoiceFieldError]>) -> [VoiceFieldError] {
        if case let .failure(errors) = result { errors } else { [] }
    }

    @Test func acceptsAFullAnswer() throws {
        let draft = try validate(
            text: "  \n" + Self.goodText + "  ", themes: ["training", "progression", "training", ""],
            staffGroup: "non-clinical", band: "8a-8b", ethnicity: "bme", disability: "prefer-not-to-say", consent: "quote-anonymously"
        ).get()
        #expect(draft == VoiceSubmissionDraft(
            text: Self.goodText, themes: [.progression, .training], staffGroup: .nonClinical, band: .band8aTo8b,
            ethnicity: .bme, disability: .preferNotToSay, consent: .quoteAnonymously
        ))
    }

    @Test func blankDemographicsAreUnanswered() throws {
        let draft = try validate(staffGroup: "", band: "  ", ethnicity: nil, disability: "").get()
        #expect(draft.staffGroup == nil && draft.band == nil && draft.ethnicity == nil && draft.disability == nil)
        #expect(draft.consent == .panelOnly)
    }

    @Test(arguments: [
        ("", "Enter your experience"),
        ("   \n\t ", "Enter your experience"),
        (String(repeating: "a", count: 19), "Enter your experience in at least 20 characters"),
        ("  " + String(repeating: "a", count: 19) + "  ", "Enter your experience in at least 20 characters"),
        (String(repeating: "a", count: 4001), "Your experience must be 4,000 characters or fewer"),
        (String(repeating: "é", count: 4001), "Your experience must be 4,000 characters or fewer"),
    ])
    func textErrors(text: String, message: String) {
        #expect(errors(validate(text: text)) == [VoiceFieldError(field: .text, message: message)])
    }

    @Test(arguments: [20, 4000])
    func textLimitsInclusive(length: Int) {
        // "👩🏽‍⚕️" is one character of many scalars: limits count what a person sees.
        #expect((try? validate(text: String(repeating: "👩🏽‍⚕️", count: length)).get()) != nil)
    }

    @Test(arguments: [
        ([String](), "Select at least one theme"),
        (["", " "], "Select at least one theme"),
        (["progression", "bullying"], "Select themes from the list"),
    ])
    func themeErrors(themes: [String], message: String) {
        #expect(errors(validate(themes: themes)) == [VoiceFieldError(field: .themes, message: message)])
    }

    @Test func allNineThemesAllowed() throws {
        let draft = try validate(themes: VoiceTheme.allCases.reversed().map(\.rawValue)).get()
        #expect(draft.themes == VoiceTheme.allCases)
    }

    @Test func reportsEveryErrorInFormOrder() {
        let result = validate(text: "short", themes: [], staffGroup: "nurse", band: "band 7", ethnicity: "asian", disability: "yes", consent: nil)
        #expect(errors(result) == [
            VoiceFieldError(field: .text, message: "Enter your experience in at least 20 characters"),
            VoiceFieldError(field: .themes, message: "Select at least one theme"),
            VoiceFieldError(field: .staffGroup, message: "Select a staff group from the list"),
            VoiceFieldError(field: .band, message: "Select a band range from the list"),
            VoiceFieldError(field: .ethnicity, message: "Select an ethnic group from the list"),
            VoiceFieldError(field: .disability, message: "Select a disability status from the list"),
            VoiceFieldError(field: .consent, message: "Select how your experience may be used"),
        ])
    }

    @Test(arguments: [nil, "", "public"])
    func consentRequired(consent: String?) {
        #expect(errors(validate(consent: consent)) == [VoiceFieldError(field: .consent, message: "Select how your experience may be used")])
    }

    @Test func formFieldNames() {
        #expect(VoiceFormField.allCases.map(\.rawValue) == ["text", "themes", "staff-group", "band", "ethnicity", "disability", "consent"])
    }
}
