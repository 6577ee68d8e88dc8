import ParityCore

struct RegionPageView: Encodable {
    var chrome: PageChrome
    /// The same scope's WDES tab.
    var wdesHref = "/wdes"
    /// Good practice the panel has endorsed (issue 7: "celebrated on the region page").
    var celebrated: [CelebratedView] = []
    var regionName: String
    var year: Int?
    var years: [YearOptionView]
    var columns = IndicatorColumnView.all
    var region: ScorecardRowView?
    var systems: [ScorecardRowView]
    /// The scorecard as a heatmap; the table above is its data.
    var scorecardChart: ChartView?
    /// Organisations' relative likelihoods (indicators 2–4) against their size.
    var funnels: [ChartView] = []
    var compareHref: String?
    var reportHref: String?
    var detail: DetailSectionsView?
    var apiHref: String?
    var flagRule = AnalysisPolicy.standard.ruleDescription
    var maturity: MaturityView?
}

struct SystemPageView: Encodable {
    var chrome: PageChrome
    var wdesHref: String
    var name: String
    var code: String
    var year: Int?
    var years: [YearOptionView]
    var columns = IndicatorColumnView.all
    var system: ScorecardRowView?
    var organisations: [ScorecardRowView]
    var spread: [SpreadCellView]
    var scorecardChart: ChartView?
    var reportHref: String?
    var compareHref: String?
    var detail: DetailSectionsView?
    var apiHref: String?
    var governanceHref: String
    var commitmentsHref: String
    var whatStaffSayHref: String
    var youSaidWeDidHref: String
    /// The moderation page, for those who moderate this system's staff voice.
    var voiceHref: String?
    var flagRule = AnalysisPolicy.standard.ruleDescription
}

/// The spread of organisations' published figures beside a pooled figure: median and range.
struct SpreadCellView: Encodable {
    var text: String

    init(organisations: [PublishedWRES], indicator: Int) {
        let values = organisations.compactMap { $0.headlineValue(indicator: indicator) }
        guard values.count >= 2, let spread = Spread.of(values) else {
            text = "–"
            return
        }
        func format(_ value: Double) -> String {
            switch indicator {
            case 1: DisplayFormat.percent(value)
            case 2...4: DisplayFormat.ratio(value)
            default: DisplayFormat.signedPoints(value)
            }
        }
        text = "median \(format(spread.median)) (\(format(spread.min)) to \(format(spread.max)), \(spread.count) orgs)"
    }
}

struct CelebratedView: Encodable {
    var title: String
    var from: String
    var href: String
}
