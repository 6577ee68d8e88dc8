extension SurveyLikelihood {
    /// The end of a survey reading, after the two percentages and what they did: the oriented
    /// relative likelihood with its interval, the gap beside it, and the flag, e.g. ": BME staff
    /// were 1.17 times as likely as White staff (95% CI 1.05–1.30), a gap of 4.7 points (95% CI
    /// 1.4 to 8.0): non-adverse." `protected` and `other` name the two groups' staff ("BME
    /// staff", "White staff"); the ratio reads `other` first where higher is better. Shared by
    /// `WRESReading` and `WDESReading` (DOMAIN.md, flags for survey indicators).
    func reading(protected: String, other: String, higherIsBetter: Bool, didEvent: String,
                 gap: Double, gapInterval: ConfidenceInterval, policy: AnalysisPolicy) -> String {
        let (focus, reference) = higherIsBetter ? (other, protected) : (protected, other)
        let gapText = "a gap of \(DisplayFormat.points(gap)) points (\(policy.confidenceLabel) CI \(DisplayFormat.pointsRange(gapInterval)))"
        guard relativeLikelihood != nil else {
            return ", \(gapText); n/a: no \(reference) \(didEvent), so the relative likelihood is not defined."
        }
        guard let ratio = relativeLikelihood, let interval = confidenceInterval else {
            return ", \(gapText); no \(focus) \(didEvent): too few events to conclude."
        }
        return ": \(focus) were \(DisplayFormat.ratio(ratio)) times as likely as \(reference) "
            + "(\(policy.confidenceLabel) CI \(DisplayFormat.ratioRange(interval))), \(gapText): \(flag.label.lowercased())."
    }
}
