import ParityCore

/// A Model Employer plan as it may be shown to a viewer: counts 1–4 hidden, shares only from
/// counts of at least 5 (DOMAIN.md, disclosure control). A goal path starts at the band's
/// baseline share, so the path is withheld whenever that share is; the gap and the status
/// reveal the BME count, so they are withheld whenever it is.
struct PublishedModelEmployer {
    struct Point {
        var year: Int
        var actualPercent: Double?
        var goalPercent: Double?
        var hasData: Bool
    }

    struct Band {
        var band: Grade
        var bme: DisclosedCount
        var total: DisclosedCount
        var actualPercent: Double?
        var goalPercent: Double?
        var goalHeadcount: Int?
        var gap: Int?
        var onTrack: Bool?
        var sentence: String
        var path: [Point]
    }

    var year: Int
    var baselineYear: Int
    var overallBME: DisclosedCount
    var overallTotal: DisclosedCount
    var targetPercent: Double?
    var bands: [Band]
    var isUnrestricted: Bool
    /// The plan's shortfall (`ModelEmployerPlan.shortfall`, BME staff still needed over bands
    /// 8a–VSM) as this viewer may see it: only when every band's gap is shown, a band with no
    /// staff counting as shown (it adds 0 and reveals nothing), since the sum of shown gaps
    /// would reveal a withheld one; `nil` otherwise.
    var shortfall: Int?

    init(_ plan: ModelEmployerPlan, policy: DisclosurePolicy) {
        year = plan.year
        baselineYear = plan.baselineYear
        isUnrestricted = policy.isUnrestricted
        overallBME = policy.disclose(plan.overall.bme)
        overallTotal = policy.disclose(plan.overall.total)
        let targetShown = policy.mayPublishFigure(builtFrom: [plan.overall.bme, plan.overall.total])
        targetPercent = targetShown ? plan.targetPercent : nil
        bands = plan.bands.map { band in
            let share: (ModelEmployerPlan.Headcount) -> Double? = {
                policy.mayPublishFigure(builtFrom: [$0.bme, $0.total]) ? $0.percent : nil
            }
            let baselineShown = band.baseline.map { $0.total == 0 || share($0) != nil } ?? true
            let pathShown = targetShown && baselineShown
            let now = band.history[plan.year] ?? .init(bme: 0, total: 0)
            let bme = policy.disclose(now.bme)
            let total = policy.disclose(now.total)
            // An empty band has no one to count: neither on nor off track.
            let statusShown = pathShown && !bme.isSuppressed && !total.isSuppressed && now.total > 0
            let status = band.status
            let lastYear = max(ModelEmployer.aspirationYear, plan.year)
            let path = (plan.baselineYear...lastYear).map { year in
                Point(year: year, actualPercent: band.history[year].flatMap(share),
                      goalPercent: pathShown ? band.goals[year] : nil, hasData: band.history[year] != nil)
            }
            return Band(
                band: band.band, bme: bme, total: total, actualPercent: share(now),
                goalPercent: pathShown ? status?.goalPercent : nil,
                goalHeadcount: pathShown && !total.isSuppressed ? status?.goalHeadcount : nil,
                gap: statusShown ? status?.gap : nil,
                onTrack: statusShown ? status?.onTrack : nil,
                sentence: now.total == 0 ? (status?.sentence ?? "No staff at \(band.band.label) this year.")
                    : statusShown ? (status?.sentence ?? "No overall BME share to aim at.")
                    : "Withheld: too few staff at \(band.band.label) to publish the goal or the gap.",
                path: path
            )
        }
        shortfall = bands.allSatisfy { $0.gap != nil || $0.total.value == 0 } ? plan.shortfall : nil
    }
}
