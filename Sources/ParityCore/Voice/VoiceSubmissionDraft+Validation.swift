extension VoiceSubmissionDraft {
    /// The draft the form's raw values describe, or one error per field that is wrong, in the
    /// form's order (GOV.UK Design System: show every error at once).
    ///
    /// The text is trimmed and measured in characters (`VoiceLimits`). Themes are raw values;
    /// blank ones are ignored and repeats count once. A demographic that is `nil` or blank
    /// was not answered (`nil`); an unknown raw value is an error, as is a missing consent.
    public static func validate(
        text: String, themes: [String], staffGroup: String?, band: String?,
        ethnicity: String?, disability: String?, consent: String?
    ) -> Result<VoiceSubmissionDraft, [VoiceFieldError]> {
        var errors: [VoiceFieldError] = []

        let trimmed = text.trimmingWhitespace
        if let message = textMessage(characterCount: trimmed.count) {
            errors.append(VoiceFieldError(field: .text, message: message))
        }

        let rawThemes = themes.map(\.trimmingWhitespace).filter { !$0.isEmpty }
        let knownThemes = rawThemes.compactMap(VoiceTheme.init(rawValue:))
        if rawThemes.isEmpty {
            errors.append(VoiceFieldError(field: .themes, message: "Select at least one theme"))
        } else if knownThemes.count < rawThemes.count {
            errors.append(VoiceFieldError(field: .themes, message: "Select themes from the list"))
        } else if Set(knownThemes).count > VoiceLimits.maximumThemes {
            errors.append(VoiceFieldError(field: .themes, message: "Select no more than \(VoiceLimits.maximumThemes) themes"))
        }

        let staffGroupAnswer = answer(staffGroup, as: VoiceStaffGroup.self, field: .staffGroup, message: "Select a staff group from the list", into: &errors)
        let bandAnswer = answer(band, as: VoiceBandRange.self, field: .band, message: "Select a band range from the list", into: &errors)
        let ethnicityAnswer = answer(ethnicity, as: VoiceEthnicity.self, field: .ethnicity, message: "Select an ethnic group from the list", into: &errors)
        let disabilityAnswer = answer(disability, as: VoiceDisability.self, field: .disability, message: "Select a disability status from the list", into: &errors)
        let consentAnswer = consent.map(\.trimmingWhitespace).flatMap(VoiceConsent.init(rawValue:))
        if consentAnswer == nil {
            errors.append(VoiceFieldError(field: .consent, message: "Select how your experience may be used"))
        }

        guard errors.isEmpty, let consentAnswer else { return .failure(errors) }
        return .success(VoiceSubmissionDraft(
            text: trimmed, themes: knownThemes, staffGroup: staffGroupAnswer, band: bandAnswer,
            ethnicity: ethnicityAnswer, disability: disabilityAnswer, consent: consentAnswer
        ))
    }

    private static func textMessage(characterCount: Int) -> String? {
        if characterCount == 0 { return "Enter your experience" }
        if characterCount < VoiceLimits.textMinimum {
            return "Enter your experience in at least \(VoiceLimits.textMinimum) characters"
        }
        if characterCount > VoiceLimits.textMaximum {
            return "Your experience must be \(grouped(VoiceLimits.textMaximum)) characters or fewer"
        }
        return nil
    }

    /// A blank or missing answer is `nil`; an unknown one adds `message` to `errors`.
    private static func answer<Answer: RawRepresentable<String>>(
        _ raw: String?, as: Answer.Type, field: VoiceFormField, message: String, into errors: inout [VoiceFieldError]
    ) -> Answer? {
        guard let raw = raw?.trimmingWhitespace, !raw.isEmpty else { return nil }
        guard let answer = Answer(rawValue: raw) else {
            errors.append(VoiceFieldError(field: field, message: message))
            return nil
        }
        return answer
    }

    /// "4,000": thousands with a comma, as GOV.UK writes numbers.
    private static func grouped(_ number: Int) -> String {
        let thousands = number / 1000, rest = number % 1000
        guard thousands > 0 else { return String(rest) }
        let digits = String(rest)
        return "\(thousands)," + String(repeating: "0", count: 3 - digits.count) + digits
    }
}

fileprivate extension String {
    var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
