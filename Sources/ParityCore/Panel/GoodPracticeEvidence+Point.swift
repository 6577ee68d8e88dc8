extension GoodPracticeEvidence.Point {
    /// WRES indicator `indicator`'s figure in `figures`, as its reader may see it: the
    /// scorecard headline (`PublishedWRES.headlineValue`/`headlineText`) for 2–9, and for 1
    /// the BME % of bands 8a to VSM (`PublishedRepresentation.seniorBMEPercent`), because
    /// the headline of 1, the BME share of the whole workforce, is neither better nor worse.
    public init(indicator: Int, figures: PublishedWRES) {
        guard indicator == 1 else {
            self.init(year: figures.year, value: figures.headlineValue(indicator: indicator), text: figures.headlineText(indicator: indicator))
            return
        }
        let representation = figures.representation
        if let senior = representation.seniorBMEPercent {
            self.init(year: figures.year, value: senior, text: DisplayFormat.percent(senior))
            return
        }
        // Without a share, senior staff who exist were withheld; with none there is no figure.
        let seniorRows = representation.rows.filter { $0.workforce != .medical && $0.grade.isSenior }
        let seniorStaffExist = seniorRows.contains { $0.total.isSuppressed || ($0.total.value ?? 0) > 0 }
        self.init(year: figures.year, value: nil, text: seniorStaffExist ? "*" : "n/a")
    }
}

extension GoodPracticeEvidence {
    /// How a sentence names WRES indicator `indicator`: "Indicator 2", and for 1, whose
    /// evidence is the senior share, "Indicator 1 (BME share of bands 8a to VSM)".
    public static func subject(indicator: Int) -> String {
        indicator == 1 ? "Indicator 1 (BME share of bands 8a to VSM)" : "Indicator \(indicator)"
    }
}
