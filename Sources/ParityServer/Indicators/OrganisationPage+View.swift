import ParityCore

/// Everything a scope's detail page shows for one year: each of the nine indicators with the
/// counts it was computed from, its interval, its reading in plain English, and its trend.
struct DetailPageView: Encodable {
    var chrome: PageChrome
    var wdesHref: String
    var scope: String
    var name: String
    var code: String
    var systemName: String?
    var systemHref: String?
    var year: Int?
    var years: [YearOptionView]
    var detail: DetailSectionsView
    var apiHref: String?
    var historyHref: String?
    var uploadHref: String?
    var reportHref: String?
    var compareHref: String?
    /// True when the signed-in user may import this organisation's returns here.
    var canUpload = false
    /// The accepted revisions of the year's return ("Revised on"), and whether another is
    /// under the region's review (issue 20); organisation pages only.
    var revisions: [RevisionNoteView] = []
    var revisionUnderReview = false
    var flagRule = AnalysisPolicy.standard.ruleDescription
}

/// The nine indicators in detail, shared by the organisation, system and region pages.
struct DetailSectionsView: Encodable {
    var hasData: Bool
    var representation: RepresentationView
    var likelihoods: [LikelihoodView]
    var surveys: [SurveyView]
    var board: BoardView

    /// `series` holds the same scope's figures for every year, for the trends.
    init(_ figures: PublishedWRES, series: [PublishedWRES]) {
        hasData = figures.hasData
        representation = RepresentationView(figures, series: series)
        likelihoods = figures.likelihoods.map { LikelihoodView($0, series: series) }
        surveys = figures.surveys.map { SurveyView($0, series: series) }
        board = BoardView(figures.board, series: series)
        representation.coverage = PoolCoverage.sentence(figures.coverage(indicator: 1))
        for index in likelihoods.indices { likelihoods[index].coverage = PoolCoverage.sentence(figures.coverage(indicator: likelihoods[index].number)) }
        for index in surveys.indices { surveys[index].coverage = PoolCoverage.sentence(figures.coverage(indicator: surveys[index].number)) }
        board.coverage = PoolCoverage.sentence(figures.coverage(indicator: 9))
    }
}

/// The trend of one indicator as a chart: every year of `series`, oldest first, with its
/// 95% confidence intervals and the non-adverse range (`IntervalChart.wresTrend`).
enum Trend {
    static func chart(_ series: [PublishedWRES], indicator: Int) -> ChartView {
        ChartView(IntervalChart.wresTrend(series, indicator: indicator, id: "trend-\(indicator)").rendered())
    }
}

struct GroupRowView: Encodable {
    var label: String
    var events: String
    var base: String
    var percent: String
    var interval: String?
}

struct LikelihoodView: Encodable {
    var number: Int
    var voice: VoiceNoteView?
    var title: String
    var summary: String
    var eventsLabel: String
    var baseLabel: String
    var rows: [GroupRowView]
    var ratio: String
    var interval: String
    var significance: String
    var flag: FlagView
    var sentence: String
    var pooling: String?
    /// Which organisations a pooled figure pools and leaves out; nil for an organisation.
    var coverage: String?
    /// For a pool, the figure adjusted for organisation with its interval, and its reading.
    var adjusted: String?
    var adjustedSentence: String?
    var chart: ChartView

    init(_ figure: PublishedLikelihood, series: [PublishedWRES]) {
        number = figure.indicator
        title = WRESReading.title(indicator: figure.indicator)
        summary = WRESReading.summary(indicator: figure.indicator)
        (eventsLabel, baseLabel) = switch figure.indicator {
        case 2: ("Appointed", "Shortlisted")
        case 3: ("Entered formal disciplinary process", "Headcount")
        default: ("Accessed non-mandatory training", "Headcount")
        }
        rows = [figure.focus, figure.reference, figure.unknown].compactMap { $0 }.map {
            GroupRowView(label: $0.group.label, events: $0.events.display, base: $0.base.display,
                         percent: $0.percent.map(DisplayFormat.percent) ?? ($0.group == .unknown ? "not compared" : "–"))
        }
        ratio = figure.relativeLikelihood.map(DisplayFormat.ratio) ?? (figure.isWithheld ? "*" : "n/a")
        interval = figure.confidenceInterval.map(DisplayFormat.ratioRange) ?? "not defined"
        significance = SignificanceText.of(figure.isSignificant)
        flag = FlagView(figure.flag)
        sentence = figure.sentence
        pooling = figure.indicator == 3
            ? (figure.pooledYears.count == 2 ? "Two-year rolling: \(figure.pooledYears.map(String.init).joined(separator: " and ")) pooled."
                : "One year only: the previous year's data is missing.")
            : nil
        adjusted = figure.adjusted.map(Self.adjusted)
        adjustedSentence = figure.adjusted?.sentence
        chart = Trend.chart(series, indicator: figure.indicator)
    }

    /// "0.88, 95% CI 0.70 to 1.09, over 5 organisations"; "*" when withheld.
    static func adjusted(_ figure: PublishedAdjustedLikelihood) -> String {
        guard let ratio = figure.relativeLikelihood else { return figure.isWithheld ? "*" : "n/a" }
        let interval = figure.confidenceInterval.map { ", 95% CI " + DisplayFormat.ratioRange($0) } ?? ""
        return "\(DisplayFormat.ratio(ratio))\(interval), over \(figure.organisations) organisation\(figure.organisations == 1 ? "" : "s")"
    }
}

struct SurveyView: Encodable {
    var number: Int
    var voice: VoiceNoteView?
    var title: String
    var summary: String
    var rows: [GroupRowView]
    /// Which percentage is divided by which: "BME ÷ White", or "White ÷ BME" for indicator 7.
    var ratioLabel: String
    var ratio: String
    var ratioInterval: String
    var significance: String
    var gap: String
    var interval: String
    var flag: FlagView
    var sentence: String
    /// Which organisations a pooled figure pools and leaves out; nil for an organisation.
    var coverage: String?
    var chart: ChartView

    init(_ figure: PublishedSurvey, series: [PublishedWRES]) {
        number = figure.indicator
        title = WRESReading.title(indicator: figure.indicator)
        summary = WRESReading.summary(indicator: figure.indicator)
        rows = [figure.white, figure.bme].compactMap { $0 }.map {
            GroupRowView(label: $0.group.label, events: $0.yes.display, base: $0.respondents.display,
                         percent: $0.percent.map(DisplayFormat.percent) ?? "not reported",
                         interval: $0.interval.map(DisplayFormat.percentRange))
        }
        ratioLabel = figure.higherIsBetter ? "White ÷ BME" : "BME ÷ White"
        ratio = figure.relativeLikelihood.map(DisplayFormat.ratio) ?? (figure.isWithheld ? "*" : "n/a")
        ratioInterval = figure.confidenceInterval.map(DisplayFormat.ratioRange) ?? "not defined"
        significance = SignificanceText.of(figure.isSignificant)
        gap = figure.gapPoints.map(DisplayFormat.signedPoints) ?? (figure.isWithheld ? "*" : "n/a")
        interval = figure.gapInterval.map { DisplayFormat.pointsRange($0) + " points" } ?? "not defined"
        flag = FlagView(figure.flag)
        sentence = figure.sentence
        chart = Trend.chart(series, indicator: figure.indicator)
    }
}
