/// How far a body's BME share is from the share of the population it serves, and what it
/// would take to close the gap. Over-representation is not a shortfall: a body at or above
/// the reference is within tolerance (the strategy's aim that boards become representative).
public struct Representativeness: Sendable, Hashable {
    /// The body's BME percentage (0–100); `nil` when no member is in post.
    public let bodyPercent: Double?
    /// The population's BME percentage (0–100).
    public let referencePercent: Double
    /// Body minus reference, in percentage points; `nil` when no member is in post.
    public let gapPoints: Double?
    /// The fewest appointments of BME members, replacing others so that the body keeps its
    /// size, that bring the body to the reference or above; 0 when already there.
    public let membersNeeded: Int
    /// Fewer than 10 members in post, so one appointment moves the share a lot.
    public let isSmallBody: Bool
    /// How many points one member is worth (100 ÷ members); `nil` when no member is in post.
    public let pointsPerAppointment: Double?
    /// The body is at most `tolerancePoints` below the reference (edge inclusive).
    public let isWithinTolerance: Bool
    /// How far below the reference still counts as representative, in percentage points.
    public let tolerancePoints: Double
    /// What the reference is, as it follows "of" in `sentence`.
    public let referenceName: String
    /// What the body is, as it follows "of" in `sentence`.
    public let bodyName: String

    /// Compares a body's make-up with the BME share of the population it serves. Arithmetic
    /// on unrounded values; rounding only in `sentence` (DOMAIN.md, shared arithmetic).
    /// `referenceName` reads like "the population served (Census 2021)", `bodyName` like
    /// "the People Board".
    public static func compare(
        _ composition: Composition,
        referencePercent: Double,
        referenceName: String,
        tolerancePoints: Double,
        bodyName: String = "the People Board"
    ) -> Representativeness {
        let total = composition.total
        return Representativeness(
            bodyPercent: composition.bmePercent,
            referencePercent: referencePercent,
            gapPoints: composition.bmePercent.map { $0 - referencePercent },
            membersNeeded: total == 0 ? 0 : fewestAppointments(bme: composition.bme, total: total, referencePercent: referencePercent),
            isSmallBody: total < 10,
            pointsPerAppointment: total == 0 ? nil : 100 / Double(total),
            isWithinTolerance: total > 0
                && Double(composition.bme) * 100 >= (referencePercent - tolerancePoints) * Double(total),
            tolerancePoints: tolerancePoints,
            referenceName: referenceName,
            bodyName: bodyName
        )
    }

    /// Compared as `(bme + k) × 100 ≥ reference × total` so that an exact boundary (3 of 12
    /// against 25%) is not lost to a division's rounding. At most every other member.
    private static func fewestAppointments(bme: Int, total: Int, referencePercent: Double) -> Int {
        let others = total - bme
        return (0...others).first { Double(bme + $0) * 100 >= referencePercent * Double(total) } ?? others
    }
}
