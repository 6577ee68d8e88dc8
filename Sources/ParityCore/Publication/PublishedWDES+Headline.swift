extension PublishedWDES {
    /// The one number that sums up a metric on a scorecard: the Disabled share of the
    /// workforce (1, percent), the relative likelihood (2, 3), the Disabled − non-disabled
    /// gap in points (4a(i)–7), the Disabled percentage (8), the engagement gap on the 0–10
    /// scale (9a), or the board's Disabled share minus the workforce's in points (10). Nil for
    /// 9b, and when undefined or withheld (DOMAIN.md, WDES metrics).
    public func headlineValue(metric: WDESMetric) -> Double? {
        switch metric {
        case .representation: representation.overallPercents[.disabled]
        case .appointment, .capability: likelihood(metric)?.relativeLikelihood
        case .reasonableAdjustments: adjustments.percent
        case .engagement: engagement.gap
        case .voiceAction: nil
        case .board: board.boardDifferencePoints
        default: survey(metric)?.gapPoints
        }
    }

    /// The headline as text: "5.2%", "1.04", "+4.7 pts", "−0.3", "Yes", "3 of 5", or "*"
    /// when withheld and "n/a" when missing.
    public func headlineText(metric: WDESMetric) -> String {
        if metric == .voiceAction { return voiceAction.headline }
        guard let value = headlineValue(metric: metric) else { return isWithheld(metric: metric) ? "*" : "n/a" }
        switch metric {
        case .representation, .reasonableAdjustments: return DisplayFormat.percent(value)
        case .appointment, .capability: return DisplayFormat.ratio(value)
        case .engagement:
            let text = DisplayFormat.decimal(value, places: 1)
            return text.hasPrefix("−") || text == "0.0" ? text : "+" + text
        default: return DisplayFormat.signedPoints(value)
        }
    }

    /// The flag of metrics 2, 3 and 4a(i)–7; the others describe representation, one group
    /// or an answer and carry none (`nil`).
    public func flag(metric: WDESMetric) -> Flag? {
        switch metric {
        case .appointment, .capability: likelihood(metric)?.flag ?? .notApplicable
        case _ where WDESMetric.surveyGaps.contains(metric): survey(metric)?.flag ?? .notApplicable
        default: nil
        }
    }

    /// True when disclosure control hid a metric's headline figure that exists.
    public func isWithheld(metric: WDESMetric) -> Bool {
        switch metric {
        case .representation: representation.isDisabledShareWithheld
        case .appointment, .capability: likelihood(metric)?.isWithheld ?? false
        case .reasonableAdjustments: adjustments.isWithheld
        case .engagement: engagement.isWithheld
        case .voiceAction: false
        case .board: board.isWithheld
        default: survey(metric)?.isWithheld ?? false
        }
    }

    /// One plain-English sentence reading a metric as this audience may see it: the
    /// `WDESReading` sentence, or the withholding notice when disclosure control hid a figure.
    public func sentence(metric: WDESMetric) -> String {
        switch metric {
        case .representation: representationSentence
        case .appointment, .capability: likelihood(metric)?.sentence ?? "n/a: the return has no figures for this metric."
        case .reasonableAdjustments: adjustments.sentence
        case .engagement: engagement.sentence
        case .voiceAction: voiceAction.sentence
        case .board: board.sentence
        default: survey(metric)?.sentence ?? "n/a: the return has no survey figures for this metric."
        }
    }

    /// "Disabled staff are 5.2% of the workforce (non-disabled 79.1%, Unknown 15.7%)."
    private var representationSentence: String {
        guard representation.overallTotal != .value(0), !representation.rows.isEmpty else { return "n/a: the return has no metric 1 figures." }
        guard let disabled = representation.overallPercents[.disabled] else { return Withholding.sentence }
        let others = [PopulationGroup.nonDisabled, .unknown].map { group in
            "\(group == .nonDisabled ? "non-disabled" : group.label) \(representation.overallPercents[group].map(DisplayFormat.percent) ?? "*")"
        }
        return "Disabled staff are \(DisplayFormat.percent(disabled)) of the workforce (\(others.joined(separator: ", ")))."
    }
}
