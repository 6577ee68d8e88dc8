/// Plain-English readings of WDES results, for pages and reports, worded as `WRESReading`'s.
/// Figures are rounded here only (RL 2 decimals, percentages and scores 1), via `DisplayFormat`.
public enum WDESReading {
    /// A short title for a metric: "Appointment from shortlisting".
    public static func title(metric: WDESMetric) -> String { WDESWording.of(metric).title }

    /// One sentence saying what the metric measures (DOMAIN.md, WDES metrics).
    public static func summary(metric: WDESMetric) -> String { WDESWording.of(metric).summary }

    /// One sentence reading metric 2 or 3, ending with its flag, e.g. "Non-disabled
    /// applicants were 1.04 times as likely as Disabled applicants to be appointed from
    /// shortlisting (95% CI 0.93–1.17): non-adverse." Metric 3 names the years pooled, or that
    /// only one year was available; undefined results say why.
    public static func sentence(_ c: WDESLikelihoodComparison, policy: AnalysisPolicy = .standard) -> String {
        let words = WDESWording.of(c.metric)
        let focusPeople = "\(WDESWording.name(c.focusGroup)) \(words.people)"
        let referencePeople = "\(WDESWording.name(c.referenceGroup)) \(words.people)"
        guard let ratio = c.relativeLikelihood else { return "n/a: " + notApplicableReason(c, words: words) + "." }
        let years = yearsNote(c)
        guard let interval = c.confidenceInterval else {
            let note = years.map { " (\($0))" } ?? ""
            if c.focus?.events == 0 { return "No \(focusPeople) \(words.didEvent)\(note): too few events to conclude." }
            return capitalised("\(focusPeople) were \(DisplayFormat.ratio(ratio)) times as likely as \(referencePeople) \(words.toDoEvent)\(note): too few events to conclude.")
        }
        let note = years.map { "; \($0)" } ?? ""
        return capitalised("\(focusPeople) were \(DisplayFormat.ratio(ratio)) times as likely as \(referencePeople) \(words.toDoEvent) "
            + "(\(policy.confidenceLabel) CI \(DisplayFormat.ratioRange(interval))\(note)): \(c.flag.label.lowercased()).")
    }

    /// One sentence reading metric 4a(i)–7, ending with its flag, e.g. "30.2% of Disabled staff
    /// and 24.0% of non-disabled staff experienced harassment, bullying or abuse from managers:
    /// Disabled staff were 1.26 times as likely as non-disabled staff (95% CI 1.05–1.51), a gap
    /// of 6.2 points (95% CI 1.1 to 11.3): adverse." The flag reads the relative likelihood
    /// (non-disabled ÷ Disabled for 4b, 5 and 7). Groups below the respondent threshold are not
    /// given as percentages.
    public static func sentence(_ s: WDESSurveyComparison, policy: AnalysisPolicy = .standard) -> String {
        let words = WDESWording.of(s.metric)
        guard let disabled = s.disabled, let nonDisabled = s.nonDisabled else {
            let missing = s.disabled == nil && s.nonDisabled == nil ? "" : s.disabled == nil ? " for Disabled staff" : " for non-disabled staff"
            return "n/a: the return has no survey figures\(missing) for this metric."
        }
        let groups = [(PopulationGroup.disabled, disabled), (.nonDisabled, nonDisabled)]
        if let (group, proportion) = groups.first(where: { !$0.1.isDefined }) {
            return undefinedSurvey(group, proportion)
        }
        let few = groups.filter { $0.1.base < policy.minimumSurveyRespondents }
        if !few.isEmpty {
            let answered = few.map { "\(DisplayFormat.count($0.1.base)) \(WDESWording.name($0.0)) staff" }.joined(separator: " and ")
            return "Too few respondents to conclude: only \(answered) answered (at least \(policy.minimumSurveyRespondents) needed in each group)."
        }
        guard let disabledPercent = s.disabledPercent, let nonDisabledPercent = s.nonDisabledPercent,
              let gap = s.gapPoints, let interval = s.gapInterval else {
            return "n/a: the survey figures for this metric are incomplete."
        }
        return "\(DisplayFormat.percent(disabledPercent)) of Disabled staff and \(DisplayFormat.percent(nonDisabledPercent)) of non-disabled staff \(words.didEvent)"
            + s.likelihood.reading(protected: "Disabled staff", other: "non-disabled staff", higherIsBetter: s.higherIsBetter,
                                   didEvent: words.didEvent, gap: gap, gapInterval: interval, policy: policy)
    }

    /// One sentence reading metric 8, e.g. "72.4% of Disabled staff said their employer has
    /// made adequate adjustments to enable them to carry out their work (95% CI 68.0–76.4%)."
    public static func sentence(_ a: WDESAdjustments, policy: AnalysisPolicy = .standard) -> String {
        guard let disabled = a.disabled else { return "n/a: the return has no survey figures for this metric." }
        guard disabled.isDefined, let percent = a.percent, let interval = a.interval else {
            return undefinedSurvey(.disabled, disabled)
        }
        if a.isTooFewToConclude {
            return "Too few respondents to conclude: only \(DisplayFormat.count(disabled.base)) Disabled staff answered (at least \(policy.minimumSurveyRespondents) needed)."
        }
        return "\(DisplayFormat.percent(percent)) of Disabled staff \(WDESWording.of(.reasonableAdjustments).didEvent) "
            + "(\(policy.confidenceLabel) CI \(DisplayFormat.percentRange(interval)))."
    }

    /// One sentence reading metric 9a, e.g. "Disabled staff scored 6.5 out of 10 for engagement
    /// and non-disabled staff 6.9: a gap of −0.4 (organisation 6.8)." Scores to 1 decimal.
    public static func sentence(_ e: WDESEngagement, policy: AnalysisPolicy = .standard) -> String {
        guard let disabled = e.scores[.disabled], let nonDisabled = e.scores[.nonDisabled] else {
            let missing = e.scores[.disabled] == nil && e.scores[.nonDisabled] == nil ? "" : e.scores[.disabled] == nil ? " for Disabled staff" : " for non-disabled staff"
            return "n/a: the return has no engagement scores\(missing)."
        }
        let groups = [(PopulationGroup.disabled, disabled), (.nonDisabled, nonDisabled)]
        if let (group, score) = groups.first(where: { $0.1.mean == nil }) {
            return score.respondents <= 0
                ? "n/a: no \(WDESWording.name(group)) staff have an engagement score."
                : "n/a: the engagement figures for \(WDESWording.name(group)) staff are inconsistent."
        }
        let few = groups.filter { $0.1.respondents < policy.minimumSurveyRespondents }
        if !few.isEmpty {
            let answered = few.map { "\(DisplayFormat.count($0.1.respondents)) \(WDESWording.name($0.0)) staff" }.joined(separator: " and ")
            return "Too few respondents to conclude: only \(answered) answered (at least \(policy.minimumSurveyRespondents) needed in each group)."
        }
        guard let d = disabled.mean, let n = nonDisabled.mean, let gap = e.gap else { return "n/a: the engagement figures are incomplete." }
        let organisation = e.organisation?.mean.map { " (organisation \(score($0)))" } ?? ""
        return "Disabled staff scored \(score(d)) out of 10 for engagement and non-disabled staff \(score(n)): a gap of \(DisplayFormat.decimal(gap, places: 1))\(organisation)."
    }

    /// One sentence reading metric 9b: "Yes: the organisation has taken action …", "No: …",
    /// or in a roll-up how many organisations said yes; the narrative is shown separately.
    public static func sentence(_ v: WDESVoiceAction) -> String {
        guard let yes = v.organisationsAnsweringYes else { return "n/a: the return does not say whether action was taken." }
        switch yes {
        case 0: return "No: the organisation has not taken action to help the voices of Disabled staff be heard."
        case 1: return "Yes: the organisation has taken action to help the voices of Disabled staff be heard."
        default: return "\(DisplayFormat.count(yes)) organisations have taken action to help the voices of Disabled staff be heard."
        }
    }

    /// One sentence reading metric 10, e.g. "Disabled members are 6.7% of the board against
    /// 4.5% of the workforce: a difference of 2.2 points (voting members 2.2, executive
    /// members −4.5)."
    public static func sentence(_ b: WDESBoardComparison) -> String {
        guard let board = b.boardDisabledPercent else { return "n/a: the return has no board figures." }
        guard let workforce = b.workforceDisabledPercent, let difference = b.boardDifferencePoints else {
            return "Disabled members are \(DisplayFormat.percent(board)) of the board; n/a against the workforce, which has no metric 1 figures."
        }
        let parts = [("voting members", b.votingDifferencePoints), ("executive members", b.executiveDifferencePoints)]
            .map { "\($0.0) \($0.1.map(DisplayFormat.points) ?? "n/a")" }
        return "Disabled members are \(DisplayFormat.percent(board)) of the board against \(DisplayFormat.percent(workforce)) of the workforce: "
            + "a difference of \(DisplayFormat.points(difference)) points (\(parts.joined(separator: ", ")))."
    }

    private static func score(_ x: Double) -> String { DisplayFormat.decimal(x, places: 1) }

    private static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    private static func undefinedSurvey(_ group: PopulationGroup, _ p: Proportion) -> String {
        p.base == 0
            ? "n/a: no \(WDESWording.name(group)) staff answered this question."
            : "n/a: the survey figures for \(WDESWording.name(group)) staff are inconsistent (\(p.events) yes of \(p.base) respondents)."
    }

    private static func notApplicableReason(_ c: WDESLikelihoodComparison, words: WDESWording) -> String {
        guard let focus = c.focus, let reference = c.reference else {
            if c.focus == nil && c.reference == nil { return "the return has no figures for this metric" }
            return "the return has no figures for \(WDESWording.name(c.focus == nil ? c.focusGroup : c.referenceGroup)) \(words.people)"
        }
        for (group, proportion) in [(c.focusGroup, focus), (c.referenceGroup, reference)] {
            if proportion.base == 0 { return "no \(WDESWording.name(group)) \(words.people) \(words.wereInBase)" }
            if !proportion.isDefined {
                return "the figures for \(WDESWording.name(group)) \(words.people) are inconsistent (\(proportion.events) of a base of \(proportion.base))"
            }
        }
        if reference.events == 0 { return "no \(WDESWording.name(c.referenceGroup)) \(words.people) \(words.didEvent)" }
        return "the relative likelihood is not defined"
    }

    private static func yearsNote(_ c: WDESLikelihoodComparison) -> String? {
        guard c.metric == .capability, let last = c.pooledYears.last else { return nil }
        if c.usedSingleYear { return "one year only: \(last - 1) data missing" }
        guard let first = c.pooledYears.first, first != last else { return nil }
        return "two-year rolling, \(first)–\(last)"
    }
}
