import ParityCore

/// Indicator 1: headcount and share of each group in every workforce and grade, against the
/// overall workforce.
struct RepresentationView: Encodable {
    var voice: VoiceNoteView?
    struct Row: Encodable {
        var workforce: String
        var grade: String
        var white: String
        var bme: String
        var unknown: String
        var total: String
        var whitePercent: String
        var bmePercent: String
        var unknownPercent: String
    }

    var title = WRESReading.title(indicator: 1)
    var summary = WRESReading.summary(indicator: 1)
    var rows: [Row]
    var overall: Row
    var seniorBMEPercent: String
    var sentence: String
    /// Which organisations a pooled figure pools and leaves out; nil for an organisation.
    var coverage: String?
    var chart: ChartView
    /// The BME share of each grade against the whole workforce.
    var bands: ChartView

    init(_ figures: PublishedWRES, series: [PublishedWRES]) {
        let figure = figures.representation
        func percent(_ value: Double?) -> String { value.map(DisplayFormat.percent) ?? "–" }
        rows = figure.rows.filter { $0.total != .value(0) }.map {
            Row(workforce: $0.workforce.label, grade: $0.grade.label,
                white: $0.counts[.white]?.display ?? "–", bme: $0.counts[.bme]?.display ?? "–",
                unknown: $0.counts[.unknown]?.display ?? "–", total: $0.total.display,
                whitePercent: percent($0.percents[.white]), bmePercent: percent($0.percents[.bme]),
                unknownPercent: percent($0.percents[.unknown]))
        }
        // With no indicator 1 rows the sums over them are "not provided", not 0 (issue 19).
        func overallCount(_ count: DisclosedCount?) -> String { figure.isProvided ? count?.display ?? "–" : "–" }
        overall = Row(workforce: "Overall workforce", grade: "All",
                      white: overallCount(figure.overall[.white]), bme: overallCount(figure.overall[.bme]),
                      unknown: overallCount(figure.overall[.unknown]), total: figure.isProvided ? figure.overallTotal.display : "not provided",
                      whitePercent: percent(figure.overallPercents[.white]), bmePercent: percent(figure.overallPercents[.bme]),
                      unknownPercent: percent(figure.overallPercents[.unknown]))
        seniorBMEPercent = percent(figure.seniorBMEPercent)
        sentence = Self.sentence(figure)
        chart = Trend.chart(series, indicator: 1)
        bands = ChartView(BarChart.wresRepresentation(figures, id: "bands-1").rendered(), layout: .below)
    }

    /// Indicator 1 in one sentence: the BME share of the workforce and of bands 8a to VSM.
    static func sentence(_ figure: PublishedRepresentation) -> String {
        if let overall = figure.overallPercents[.bme], let senior = figure.seniorBMEPercent {
            return "BME staff are \(DisplayFormat.percent(overall)) of the workforce and \(DisplayFormat.percent(senior)) of staff in bands 8a to VSM."
        }
        if let overall = figure.overallPercents[.bme] { return "BME staff are \(DisplayFormat.percent(overall)) of the workforce." }
        if !figure.isProvided { return "Not provided: the return has no indicator 1 figures for this year." }
        return "No workforce figures are available for this year."
    }
}

/// Indicator 9: board composition against the workforce.
struct BoardView: Encodable {
    var voice: VoiceNoteView?
    struct Seat: Encodable {
        var label: String
        var white: String
        var bme: String
        var unknown: String
    }

    var title = WRESReading.title(indicator: 9)
    var summary = WRESReading.summary(indicator: 9)
    var seats: [Seat]
    var comparisons: [Comparison]
    var workforce: String
    var sentence: String
    /// Which organisations a pooled figure pools and leaves out; nil for an organisation.
    var coverage: String?
    var chart: ChartView

    struct Comparison: Encodable {
        var label: String
        var board: String
        var difference: String
    }

    enum CodingKeys: String, CodingKey { case title, summary, seats, comparisons, workforce, sentence, coverage, chart }

    init(_ figure: PublishedBoard, series: [PublishedWRES]) {
        func percent(_ value: Double?) -> String { value.map(DisplayFormat.percent) ?? "*" }
        func points(_ value: Double?) -> String { value.map(DisplayFormat.signedPoints) ?? "*" }
        seats = BoardSeat.allCases.compactMap { seat in
            figure.seats[seat].map {
                Seat(label: seat.label, white: $0[.white]?.display ?? "–", bme: $0[.bme]?.display ?? "–", unknown: $0[.unknown]?.display ?? "–")
            }
        }
        comparisons = [
            Comparison(label: "Whole board", board: percent(figure.boardBMEPercent), difference: points(figure.boardDifferencePoints)),
            Comparison(label: "Voting members", board: percent(figure.votingBMEPercent), difference: points(figure.votingDifferencePoints)),
            Comparison(label: "Executive members", board: percent(figure.executiveBMEPercent), difference: points(figure.executiveDifferencePoints)),
        ]
        workforce = percent(figure.workforceBMEPercent)
        sentence = Self.sentence(figure)
        chart = Trend.chart(series, indicator: 9)
    }

    /// Indicator 9 in one sentence: the board's BME share against the workforce's.
    static func sentence(_ figure: PublishedBoard) -> String {
        if let board = figure.boardBMEPercent, let workforce = figure.workforceBMEPercent, let difference = figure.boardDifferencePoints {
            return "BME members are \(DisplayFormat.percent(board)) of the board against \(DisplayFormat.percent(workforce)) of the workforce: a difference of \(DisplayFormat.signedPoints(difference))."
        }
        return figure.isWithheld ? Withholding.sentence : "No board figures are available for this year."
    }
}
