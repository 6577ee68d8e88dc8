/// Everything the maturity matrix reads about one system.
public struct SystemGovernance: Sendable {
    public var systemCode: String
    /// The system's bodies (system-level, and organisation-level if any are recorded).
    public var bodies: [BodySnapshot]
    /// The BME percentage (0–100) of the population the system serves; `nil` when not on file.
    public var populationBMEPercent: Double?
    /// The share of the system's people decisions in the last 12 months that the BME network
    /// was involved in (`InvolvementShare.lastTwelveMonths`); `nil` until the decisions log
    /// exists.
    public var networkInvolvement: InvolvementShare?
    public var plan: RepresentationPlan?

    public init(
        systemCode: String,
        bodies: [BodySnapshot],
        populationBMEPercent: Double?,
        networkInvolvement: InvolvementShare? = nil,
        plan: RepresentationPlan? = nil
    ) {
        self.systemCode = systemCode
        self.bodies = bodies
        self.populationBMEPercent = populationBMEPercent
        self.networkInvolvement = networkInvolvement
        self.plan = plan
    }
}
