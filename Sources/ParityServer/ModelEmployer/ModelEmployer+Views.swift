import ParityCore

/// The Model Employer page of a region, system or organisation.
struct ModelEmployerPageView: Encodable {
    var chrome: PageChrome
    var scope: String
    var name: String
    var year: Int?
    var years: [YearOptionView]
    var hasPlan: Bool
    var baselineYear: Int?
    var aspirationYear = ModelEmployer.aspirationYear
    var overall: String
    var bands: [BandRowView]
    var pathYears: [Int]
    var pathRows: [PathRowView]
    var charts: [BandChartView]
    var apiHref: String?
    var backHref: String

    struct BandRowView: Encodable {
        var label: String
        var bme: String
        var total: String
        var actual: String
        var goal: String
        var goalHeadcount: String
        var gap: String
        var status: String
        var onTrack: Bool
        var sentence: String
    }

    struct PathRowView: Encodable {
        var label: String
        var cells: [PathCellView]
    }

    struct PathCellView: Encodable {
        var actual: String
        var goal: String
    }

    static func rows(_ published: PublishedModelEmployer) -> [BandRowView] {
        published.bands.map { band in
            BandRowView(
                label: band.band.label, bme: band.bme.display, total: band.total.display,
                actual: percent(band.actualPercent, withheld: band.total.value != 0),
                goal: percent(band.goalPercent, withheld: true),
                goalHeadcount: band.goalHeadcount.map(DisplayFormat.count) ?? "*",
                gap: band.gap.map(DisplayFormat.count) ?? "*",
                status: band.onTrack.map { $0 ? "On track" : "Off track" } ?? (band.total.value == 0 ? "No staff" : "Withheld"),
                onTrack: band.onTrack ?? false,
                sentence: band.sentence
            )
        }
    }

    static func path(_ published: PublishedModelEmployer) -> [PathRowView] {
        published.bands.map { band in
            PathRowView(label: band.band.label, cells: band.path.map {
                PathCellView(actual: $0.hasData ? percent($0.actualPercent, withheld: true) : "–",
                             goal: percent($0.goalPercent, withheld: true))
            })
        }
    }

    private static func percent(_ value: Double?, withheld: Bool) -> String {
        value.map(DisplayFormat.percent) ?? (withheld ? "*" : "n/a")
    }
}
