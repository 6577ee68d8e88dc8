/// One band's BME representation against its Model Employer goal for one year
/// (DOMAIN.md, Model Employer). `ModelEmployer.assess` computes one.
public struct ModelEmployerStatus: Sendable, Hashable, Codable {
    public let year: Int
    public let band: Grade
    public let bmeHeadcount: Int
    /// Everyone in the band, Unknown ethnicity included.
    public let totalHeadcount: Int
    /// The year's goal as BME percent 0–100 of the band, unrounded.
    public let goalPercent: Double
    /// The goal in people, rounded up.
    public let goalHeadcount: Int
    /// BME staff still needed to meet the goal; 0 when met or passed.
    public let gap: Int

    /// A status from computed figures; `ModelEmployer.assess` computes one from counts.
    public init(year: Int, band: Grade, bmeHeadcount: Int, totalHeadcount: Int, goalPercent: Double, goalHeadcount: Int, gap: Int) {
        self.year = year
        self.band = band
        self.bmeHeadcount = bmeHeadcount
        self.totalHeadcount = totalHeadcount
        self.goalPercent = goalPercent
        self.goalHeadcount = goalHeadcount
        self.gap = gap
    }

    /// True when the band has at least its goal in BME staff.
    public var onTrack: Bool { gap == 0 }

    /// The band's BME share in percent 0–100, Unknown included in the denominator; `nil`
    /// for an empty band.
    public var actualPercent: Double? {
        Proportion(events: bmeHeadcount, base: totalHeadcount).percent
    }

    /// One sentence for a page, e.g. "3 more BME staff at band 8c this year to be on track:
    /// 9 of 40 against a goal of 12 (30.0%)." or "On track at VSM: 2 BME staff of 6 against
    /// a goal of 2 (25.0%)." Percentages are rounded here only.
    public var sentence: String {
        let place = band == .vsm ? "VSM" : "band " + band.label.dropFirst("Band ".count)
        guard totalHeadcount > 0 else { return "No staff at \(place) this year: nothing to assess." }
        let goal = "a goal of \(DisplayFormat.count(goalHeadcount)) (\(DisplayFormat.percent(goalPercent)))"
        guard onTrack else {
            let staff = gap == 1 ? "BME member of staff" : "BME staff"
            return "\(DisplayFormat.count(gap)) more \(staff) at \(place) this year to be on track: "
                + "\(DisplayFormat.count(bmeHeadcount)) of \(DisplayFormat.count(totalHeadcount)) against \(goal)."
        }
        return "On track at \(place): \(DisplayFormat.count(bmeHeadcount)) BME staff of \(DisplayFormat.count(totalHeadcount)) against \(goal)."
    }
}
