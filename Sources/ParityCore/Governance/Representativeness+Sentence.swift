extension Representativeness {
    /// The comparison in words, numbers to 1 decimal, e.g. "BME members are 8.3% of the People
    /// Board against 24.5% of the population served (Census 2021): 16.2 points below. 2 more
    /// BME members would close the gap." A body under 10 members adds how much one
    /// appointment moves it; a shortfall within tolerance says so.
    public var sentence: String {
        let reference = DisplayFormat.percent(referencePercent)
        guard let bodyPercent, let gapPoints, let pointsPerAppointment else {
            return "No member of \(bodyName) is in post, so its make-up cannot be compared with \(reference) of \(referenceName)."
        }
        var text = "BME members are \(DisplayFormat.percent(bodyPercent)) of \(bodyName) against \(reference) of \(referenceName): "
        let distance = DisplayFormat.points(abs(gapPoints))
        if membersNeeded == 0 {
            text += gapPoints > 0 ? "\(distance) points above." : "level with it."
        } else if isWithinTolerance {
            text += "\(distance) points below, within the region's tolerance of \(Self.pointsText(tolerancePoints))."
        } else {
            text += "\(distance) points below."
        }
        if membersNeeded > 0 {
            text += " \(membersNeeded) more BME \(membersNeeded == 1 ? "member" : "members") would close the gap."
        }
        if isSmallBody {
            text += " Small body: one appointment changes this by \(DisplayFormat.points(pointsPerAppointment)) points."
        }
        return text
    }

    /// A tolerance as people set it: "5 points", "2.5 points", "1 point".
    private static func pointsText(_ points: Double) -> String {
        let isWhole = points == points.rounded()
        return DisplayFormat.decimal(points, places: isWhole ? 0 : 1) + (points == 1 ? " point" : " points")
    }
}
