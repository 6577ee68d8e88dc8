import ParityCore

/// A printable board report for an organisation, a system or the region (`report/board.leaf`):
/// the nine indicators, their trends as charts, the scope at a glance, commitments and
/// actions, staff voice themes and the governance maturity matrix — each part starting a new
/// A4 page in print.
struct BoardReportView: Encodable {
    struct Headline: Encodable {
        var number: Int
        var title: String
        var figure: String
        var interval: String
        var flag: FlagView?
        var sentence: String
        /// Which organisations a pooled figure pools and leaves out; nil for an organisation.
        var coverage: String?
        /// For a pool's indicators 2–4, the figure adjusted for organisation and its reading.
        var adjusted: String?
    }

    struct TableRow: Encodable {
        var heading: String
        var cells: [String]
    }

    struct ActionRow: Encodable {
        var what: String
        var owner: String
        var due: String
        var status: StatusView
    }

    struct Theme: Encodable {
        var label: String
        var recent: String
        var indicators: String
    }

    var chrome: PageChrome
    /// Where the stylesheets and images are: "/" on the web, the Public folder's file URL in
    /// a PDF rendered from a file.
    var assetBase = "/"
    /// "Organisation", "Integrated care system" or "Region".
    var kind: String
    var name: String
    var code: String?
    var year: Int
    var produced: String
    var disclosure: String
    var flagRule = AnalysisPolicy.standard.ruleDescription
    var pageHref: String
    var headlines: [Headline] = []
    var trends: [ChartView] = []
    var trendYears: [String] = []
    var trendRows: [TableRow] = []
    var glanceHeading = ""
    var glance: ChartView?
    var funnels: [ChartView] = []
    var commitmentsScope: String?
    var commitments: [CommitmentSummaryView] = []
    var statusColumns: [String] = []
    var statusRows: [TableRow] = []
    var planTitle: String?
    var actions: [ActionRow] = []
    var contributions: String?
    var themes: [Theme] = []
    var maturity: MaturityView?
}

extension BoardReportView {
    /// Each indicator's headline, interval, flag and reading, as the scope's page shows them.
    static func headlines(_ figures: PublishedWRES) -> [Headline] {
        (1...9).map { indicator in
            let interval: String = switch indicator {
            case 2...4: figures.likelihood(indicator)?.confidenceInterval.map(DisplayFormat.ratioRange) ?? "–"
            case 5...8: figures.survey(indicator)?.gapInterval.map { DisplayFormat.pointsRange($0) + " pts" } ?? "–"
            default: "–"
            }
            let sentence: String = switch indicator {
            case 1: RepresentationView.sentence(figures.representation)
            case 2...4: figures.likelihood(indicator)?.sentence ?? "n/a: the return has no figures for this indicator."
            case 5...8: figures.survey(indicator)?.sentence ?? "n/a: the return has no survey figures for this indicator."
            default: BoardView.sentence(figures.board)
            }
            return Headline(number: indicator, title: WRESReading.title(indicator: indicator), figure: figures.hasData ? figures.headlineText(indicator: indicator) : "no data",
                            interval: interval, flag: figures.flag(indicator: indicator).map(FlagView.init), sentence: sentence,
                            coverage: PoolCoverage.sentence(figures.coverage(indicator: indicator)),
                            adjusted: figures.likelihood(indicator)?.adjusted.map { "Adjusted for organisation (Mantel–Haenszel): \(LikelihoodView.adjusted($0)). \($0.sentence)" })
        }
    }

    /// Every indicator's headline in every year of `series`, a row per indicator.
    static func trendTable(_ series: [PublishedWRES]) -> (years: [String], rows: [TableRow]) {
        let years = series.sorted { $0.year < $1.year }
        return (years.map { String($0.year) }, IndicatorColumnView.all.map { column in
            TableRow(heading: "\(column.number) \(column.short)", cells: years.map { $0.hasData ? $0.headlineText(indicator: column.number) : "no data" })
        })
    }

    /// How many of `commitments` each system has in each status.
    static func statusTable(_ commitments: [AssessedCommitment], systems: [SystemEntry]) -> (columns: [String], rows: [TableRow]) {
        (["System"] + DeliveryStatus.allCases.map(\.label), systems.map { system in
            let own = commitments.filter { $0.systemCode == system.code }
            return TableRow(heading: system.name, cells: DeliveryStatus.allCases.map { status in String(own.filter { $0.status == status }.count) })
        })
    }
}
