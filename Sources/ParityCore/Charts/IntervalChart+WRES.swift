extension IntervalChart {
    /// The trend of WRES `indicator` (1–9) for one scope, a column per year of `series` (the
    /// scope's published figures, any order): relative likelihoods (2–4) with their log-method
    /// intervals over the non-adverse range; survey gaps (5–8) with their Newcombe intervals
    /// around no gap; the BME share of the workforce and of bands 8a–VSM (1); the board's BME
    /// share minus the workforce's (9). Figures disclosure control withholds are gaps.
    public static func wresTrend(_ series: [PublishedWRES], indicator: Int, id: String, size: Size = .standard,
                                 policy: AnalysisPolicy = .standard) -> IntervalChart {
        let years = series.sorted { $0.year < $1.year }
        let look = WRESChartLook(indicator: indicator, policy: policy)
        let scope = years.last.map { ", \($0.name)" } ?? ""
        return IntervalChart(
            id: id, title: "\(WRESReading.title(indicator: indicator))\(scope): \(ChartText.inSentence(look.seriesNames[0])) by year",
            categoryHeading: "Year", categories: years.map { String($0.year) },
            categoryNames: pooledNames(years.map { (String($0.year), $0.coverage(indicator: indicator)) }),
            series: look.seriesNames.enumerated().map { number, name in
                Series(name: name, points: years.map { look.points($0)[number] })
            },
            unit: look.unit, valueLabel: look.valueLabel, band: look.band, reference: look.reference, connectsPoints: true, size: size
        )
    }

    /// WRES `indicator` for several scopes side by side in one year: a column per scope,
    /// labelled by its code and named in full in the table. Indicator 1 compares the BME
    /// share of the workforce and of bands 8a–VSM.
    public static func wresComparison(_ figures: [PublishedWRES], indicator: Int, id: String, policy: AnalysisPolicy = .standard) -> IntervalChart {
        let look = WRESChartLook(indicator: indicator, policy: policy)
        let year = figures.first.map { " in \($0.year)" } ?? ""
        return IntervalChart(
            id: id, title: "\(WRESReading.title(indicator: indicator)): \(ChartText.inSentence(look.seriesNames[0]))\(year), side by side",
            categoryHeading: "Organisation or system", categories: figures.map(\.code),
            categoryNames: pooledNames(figures.map { ("\($0.name) (\($0.code))", $0.coverage(indicator: indicator)) }) ?? figures.map { "\($0.name) (\($0.code))" },
            series: look.seriesNames.enumerated().map { number, name in
                Series(name: name, points: figures.map { look.points($0)[number] })
            },
            unit: look.unit, valueLabel: look.valueLabel, band: look.band, reference: look.reference, connectsPoints: false
        )
    }

    /// The trend of WDES metric 2 or 3 (relative likelihoods, oriented so that above 1 is
    /// adverse to Disabled staff) for one scope, over the non-adverse range.
    public static func wdesTrend(_ series: [PublishedWDES], metric: WDESMetric, id: String, policy: AnalysisPolicy = .standard) -> IntervalChart {
        let years = series.sorted { $0.year < $1.year }
        let scope = years.last.map { ", \($0.name)" } ?? ""
        let direction = metric == .appointment ? "non-disabled ÷ Disabled" : "Disabled ÷ non-disabled"
        return IntervalChart(
            id: id, title: "\(WDESReading.title(metric: metric))\(scope): relative likelihood by year",
            categoryHeading: "Year", categories: years.map { String($0.year) },
            categoryNames: pooledNames(years.map { (String($0.year), $0.coverage(metric)) }),
            series: [Series(name: "Relative likelihood", points: years.map { year in
                guard year.hasData else { return Point(value: nil, missing: .noData) }
                return WRESChartLook.point(year.likelihood(metric))
            })],
            unit: .ratio, valueLabel: "Relative likelihood, \(direction)", band: policy.nonAdverseRange,
            reference: Reference(value: 1, label: "Parity, 1.00"), connectsPoints: true
        )
    }
}

extension IntervalChart {
    /// Categories named with how many organisations their pooled figure pools, so that the
    /// chart's table says it as the page does ("2026 (pooled from 4 of 5 organisations)");
    /// nil when no category is a pool (DOMAIN.md, pooling with partial returns).
    static func pooledNames(_ categories: [(name: String, coverage: [PoolCoverage])]) -> [String]? {
        guard categories.contains(where: { !$0.coverage.isEmpty }) else { return nil }
        return categories.map { name, coverage in
            coverage.last.map { "\(name) (pooled from \($0.share) organisations)" } ?? name
        }
    }
}

/// How a WRES indicator is charted: its unit, series, band and reference line, and the
/// points its published figures give.
struct WRESChartLook {
    let indicator: Int
    let unit: IntervalChart.Unit
    let seriesNames: [String]
    let valueLabel: String
    let band: ClosedRange<Double>?
    let reference: IntervalChart.Reference?

    init(indicator: Int, policy: AnalysisPolicy) {
        self.indicator = indicator
        switch indicator {
        case 1:
            (unit, seriesNames, valueLabel, band, reference) = (.percent, ["BME % of the workforce", "BME % of bands 8a to VSM"], "Percent of staff who are BME", nil, nil)
        case 2...4:
            let direction = indicator == 3 ? "BME ÷ White" : "White ÷ BME"
            (unit, seriesNames, valueLabel) = (.ratio, ["Relative likelihood"], "Relative likelihood, \(direction)")
            (band, reference) = (policy.nonAdverseRange, .init(value: 1, label: "Parity, 1.00"))
        case 9:
            (unit, seriesNames, valueLabel, band) = (.points, ["Board minus workforce"], "BME share of the board minus the workforce's, points", nil)
            reference = .init(value: 0, label: "No difference, 0")
        default:
            (unit, seriesNames, valueLabel, band) = (.points, ["Gap, BME − White"], "Gap, BME % − White %, points", nil)
            reference = .init(value: 0, label: "No gap, 0")
        }
    }

    /// One point per series for `figures`.
    func points(_ figures: PublishedWRES) -> [IntervalChart.Point] {
        guard figures.hasData else { return seriesNames.map { _ in .init(value: nil, missing: .noData) } }
        switch indicator {
        case 1:
            let representation = figures.representation
            let overallMissing: IntervalChart.Missing = representation.overallTotal == .value(0) ? .undefined : .withheld
            let senior = representation.rows.filter { $0.workforce != .medical && $0.grade.isSenior }
            let seniorMissing: IntervalChart.Missing = senior.allSatisfy { $0.total == .value(0) } ? .undefined : .withheld
            return [.init(value: representation.overallPercents[.bme], missing: overallMissing),
                    .init(value: representation.seniorBMEPercent, missing: seniorMissing)]
        case 2...4:
            return [Self.point(figures.likelihood(indicator))]
        case 9:
            return [.init(value: figures.board.boardDifferencePoints, missing: figures.board.isWithheld ? .withheld : .undefined)]
        default:
            let survey = figures.survey(indicator)
            return [.init(value: survey?.gapPoints, interval: survey?.gapInterval, flag: survey?.flag ?? .notApplicable,
                          missing: survey?.isWithheld == true ? .withheld : .undefined)]
        }
    }

    /// A relative likelihood's point: the ratio, its interval and flag, or why it is missing.
    static func point(_ likelihood: PublishedLikelihood?) -> IntervalChart.Point {
        .init(value: likelihood?.relativeLikelihood, interval: likelihood?.confidenceInterval, flag: likelihood?.flag ?? .notApplicable,
              missing: likelihood?.isWithheld == true ? .withheld : .undefined)
    }
}
