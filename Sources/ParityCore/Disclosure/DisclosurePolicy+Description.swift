extension DisclosurePolicy {
    /// The rule applied, in plain English for a page footer (DOMAIN.md, disclosure control:
    /// say in the UI which rule was applied).
    public var ruleDescription: String {
        if isUnrestricted {
            return "Unsuppressed: this is the organisation's own data, shown in full."
        }
        var sentences: [String] = []
        if smallCountMaximum == 1 {
            sentences.append("Counts of 1 are shown as *, and other cells are hidden where a total would reveal them.")
        } else if smallCountMaximum > 1 {
            sentences.append("Counts from 1 to \(smallCountMaximum) are shown as *, and other cells are hidden where a total would reveal them.")
        }
        if minimumCountForFigure > 0 {
            sentences.append("A ratio or percentage is shown only when every count it is built from is at least \(minimumCountForFigure).")
        }
        if minimumSurveyRespondents > 0 {
            sentences.append("Survey results are not reported for a group with fewer than \(minimumSurveyRespondents) respondents.")
        }
        if minimumVoiceContributions > 0 {
            sentences.append("Staff voice results are not broken down below \(minimumVoiceContributions) contributions.")
        }
        return sentences.joined(separator: " ")
    }
}
