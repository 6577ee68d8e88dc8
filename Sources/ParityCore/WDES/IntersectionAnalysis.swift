/// One WRES indicator (2, 3 or 4) by race × disability: every intersection group's
/// likelihood and its relative likelihood against White non-disabled staff, after
/// disclosure control.
public struct IntersectionAnalysis: Sendable, Hashable, Codable {
    public let indicator: Int
    /// The group every RL is taken against: White non-disabled.
    public let reference: IntersectionGroup
    /// Events and bases as 3×3 tables after primary and secondary suppression: rows White,
    /// BME, Unknown ethnicity; columns Disabled, non-disabled, Unknown; with row totals (the
    /// WRES counts) and column totals (the WDES counts), since both are published elsewhere.
    public let events: DisclosedTable
    public let bases: DisclosedTable
    /// The four compared groups, in `IntersectionGroup.compared` order.
    public let groups: [IntersectionLikelihood]
    /// `[previous, current]` when indicator 3 pooled two years, else `[current]`.
    public let pooledYears: [Int]
    /// True when indicator 3 used the current year alone for lack of the previous counts.
    public let usedSingleYear: Bool

    public init(indicator: Int, reference: IntersectionGroup, events: DisclosedTable, bases: DisclosedTable, groups: [IntersectionLikelihood], pooledYears: [Int], usedSingleYear: Bool) {
        self.indicator = indicator
        self.reference = reference
        self.events = events
        self.bases = bases
        self.groups = groups
        self.pooledYears = pooledYears
        self.usedSingleYear = usedSingleYear
    }
}

/// One intersection group's figures for an indicator, as they may be shown.
public struct IntersectionLikelihood: Sendable, Hashable, Codable {
    public let group: IntersectionGroup
    /// Events and base after suppression; `nil` when the return lacks the count.
    public let events: DisclosedCount?
    public let base: DisclosedCount?
    /// Events ÷ base in percent 0–100.
    public let likelihoodPercent: DisclosedFigure
    /// This group's likelihood ÷ White non-disabled staff's, a plain ratio; n/a for the
    /// reference group itself.
    public let relativeLikelihood: DisclosedFigure
    /// The log-method interval of the RL; `nil` when the RL is not shown or too few events.
    public let confidenceInterval: ConfidenceInterval?
    /// The flag for this group (adverse when worse off than White non-disabled staff); `nil`
    /// for the reference group and whenever the RL is not shown.
    public let flag: Flag?

    public init(group: IntersectionGroup, events: DisclosedCount?, base: DisclosedCount?, likelihoodPercent: DisclosedFigure, relativeLikelihood: DisclosedFigure, confidenceInterval: ConfidenceInterval?, flag: Flag?) {
        self.group = group
        self.events = events
        self.base = base
        self.likelihoodPercent = likelihoodPercent
        self.relativeLikelihood = relativeLikelihood
        self.confidenceInterval = confidenceInterval
        self.flag = flag
    }
}

/// WRES indicator 1 by race × disability: headcount and each group's share of the workforce.
public struct IntersectionRepresentation: Sendable, Hashable, Codable {
    /// Headcount as a 3×3 table after suppression, laid out as `IntersectionAnalysis.events`.
    public let headcount: DisclosedTable
    /// Each group's share of the whole workforce, percent 0–100, Unknowns in the denominator.
    public let shares: [IntersectionGroup: DisclosedFigure]

    public init(headcount: DisclosedTable, shares: [IntersectionGroup: DisclosedFigure]) {
        self.headcount = headcount
        self.shares = shares
    }
}
