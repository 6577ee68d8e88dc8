/// Plain-English readings of WRES results, for pages and reports. Figures are rounded here
/// only (RL 2 decimals, percentages 1), through `DisplayFormat`.
public enum WRESReading {
    /// A short title for an indicator: "Appointment from shortlisting"; "Indicator n" for a
    /// number outside 1–9.
    public static func title(indicator: Int) -> String {
        IndicatorWording.of(indicator)?.title ?? "Indicator \(indicator)"
    }

    /// One sentence saying what the indicator measures (DOMAIN.md, WRES indicators); empty
    /// for a number outside 1–9.
    public static func summary(indicator: Int) -> String {
        IndicatorWording.of(indicator)?.summary ?? ""
    }

    /// One sentence reading an RL comparison (indicators 2–4), ending with its flag, e.g.
    /// "White applicants were 1.53 times as likely as BME applicants to be appointed from
    /// shortlisting (95% CI 1.31–1.79): adverse." Indicator 3 names the years pooled, or
    /// that only one year was available; undefined results say why.
    public static func sentence(_ c: LikelihoodComparison, policy: AnalysisPolicy = .standard) -> String {
        guard let words = IndicatorWording.of(c.indicator) else { return "n/a: indicator \(c.indicator) is not a relative likelihood." }
        let focusPeople = "\(c.focusGroup.label) \(words.people)"
        let referencePeople = "\(c.referenceGroup.label) \(words.people)"
        guard let ratio = c.relativeLikelihood else {
            return "n/a: " + notApplicableReason(c, words: words) + "."
        }
        let years = yearsNote(c)
        guard let interval = c.confidenceInterval else {
            let note = years.map { " (\($0))" } ?? ""
            if c.focus?.events == 0 {
                return "No \(focusPeople) \(words.didEvent)\(note): too few events to conclude."
            }
            return "\(focusPeople) were \(DisplayFormat.ratio(ratio)) times as likely as \(referencePeople) \(words.toDoEvent)\(note): too few events to conclude."
        }
        let note = years.map { "; \($0)" } ?? ""
        return "\(focusPeople) were \(DisplayFormat.ratio(ratio)) times as likely as \(referencePeople) \(words.toDoEvent) "
            + "(\(policy.confidenceLabel) CI \(DisplayFormat.ratioRange(interval))\(note)): \(c.flag.label.lowercased())."
    }

    /// One sentence reading a survey comparison (indicators 5–8), ending with its flag, e.g.
    /// "32.1% of BME staff and 27.4% of White staff experienced harassment, bullying or abuse
    /// from patients, relatives or the public: BME staff were 1.17 times as likely as White
    /// staff (95% CI 1.05–1.30), a gap of 4.7 points (95% CI 1.4 to 8.0): non-adverse." The
    /// flag reads the relative likelihood (White ÷ BME for indicator 7). Groups below the
    /// respondent threshold are not given as percentages.
    public static func sentence(_ s: SurveyComparison, policy: AnalysisPolicy = .standard) -> String {
        guard let words = IndicatorWording.of(s.indicator) else { return "n/a: indicator \(s.indicator) is not a survey indicator." }
        guard let white = s.white, let bme = s.bme else {
            let missing = s.white == nil && s.bme == nil ? "" : s.bme == nil ? " for BME staff" : " for White staff"
            return "n/a: the return has no survey figures\(missing) for this indicator."
        }
        if let (group, proportion) = [(PopulationGroup.bme, bme), (.white, white)].first(where: { !$0.1.isDefined }) {
            return proportion.base == 0
                ? "n/a: no \(group.label) staff answered this question."
                : "n/a: the survey figures for \(group.label) staff are inconsistent (\(proportion.events) yes of \(proportion.base) respondents)."
        }
        let few = [(PopulationGroup.bme, bme), (.white, white)].filter { $0.1.base < policy.minimumSurveyRespondents }
        if !few.isEmpty {
            let answered = few.map { "\(DisplayFormat.count($0.1.base)) \($0.0.label) staff" }.joined(separator: " and ")
            return "Too few respondents to conclude: only \(answered) answered (at least \(policy.minimumSurveyRespondents) needed in each group)."
        }
        guard let bmePercent = s.bmePercent, let whitePercent = s.whitePercent,
              let gap = s.gapPoints, let interval = s.gapInterval else {
            return "n/a: the survey figures for this indicator are incomplete."
        }
        return "\(DisplayFormat.percent(bmePercent)) of BME staff and \(DisplayFormat.percent(whitePercent)) of White staff \(words.didEvent)"
            + s.likelihood.reading(protected: "BME staff", other: "White staff", higherIsBetter: s.higherIsBetter, didEvent: words.didEvent,
                                   gap: gap, gapInterval: interval, policy: policy)
    }

    private static func notApplicableReason(_ c: LikelihoodComparison, words: IndicatorWording) -> String {
        guard let focus = c.focus, let reference = c.reference else {
            if c.focus == nil && c.reference == nil { return "the return has no figures for this indicator" }
            let missing = c.focus == nil ? c.focusGroup : c.referenceGroup
            return "the return has no figures for \(missing.label) \(words.people)"
        }
        for (group, proportion) in [(c.focusGroup, focus), (c.referenceGroup, reference)] {
            if proportion.base == 0 { return "no \(group.label) \(words.people) \(words.wereInBase)" }
            if !proportion.isDefined {
                return "the figures for \(group.label) \(words.people) are inconsistent (\(proportion.events) of a base of \(proportion.base))"
            }
        }
        if reference.events == 0 { return "no \(c.referenceGroup.label) \(words.people) \(words.didEvent)" }
        return "the relative likelihood is not defined"
    }

    private static func yearsNote(_ c: LikelihoodComparison) -> String? {
        guard c.indicator == 3, let last = c.pooledYears.last else { return nil }
        if c.usedSingleYear { return "one year only: \(last - 1) data missing" }
        guard let first = c.pooledYears.first, first != last else { return nil }
        return "two-year rolling, \(first)–\(last)"
    }
}
