/// One scope's WRES figures for one year, as one audience may see them. Pages, the JSON API
/// and `parity report` all read this, so every place shows the same numbers.
public struct PublishedWRES: Sendable, Hashable {
    public let scope: ScopeKind
    public let code: String
    public let name: String
    public let year: Int
    /// How many organisations' returns the figures pool (1 for an organisation).
    public let organisationsReporting: Int
    public let hasData: Bool
    public let representation: PublishedRepresentation
    public let likelihoods: [PublishedLikelihood]
    public let surveys: [PublishedSurvey]
    public let board: PublishedBoard
    public let policy: DisclosurePolicy
    /// For a system or the region, which organisations each indicator pools and which it
    /// leaves out, and why; empty for an organisation (DOMAIN.md, pooling with partial returns).
    public let coverage: [Int: [PoolCoverage]]

    public init(_ figures: ScopeFigures, policy: DisclosurePolicy) {
        let report = figures.report
        scope = figures.scope
        code = figures.code
        name = figures.name
        year = figures.year
        organisationsReporting = figures.organisationsReporting
        hasData = !report.isEmpty
        let disclosure = CountDisclosure(policy: policy, standard: .wres, withheld: figures.withheld, members: figures.membersWithheld)
        representation = PublishedRepresentation(report.representation, disclosure: disclosure)
        likelihoods = PublishedLikelihoods.published(report, disclosure: disclosure)
        surveys = report.surveys.keys.sorted().map { PublishedSurvey(report.surveys[$0]!, disclosure: disclosure) }
        board = PublishedBoard(report.board, representation: report.representation, disclosure: disclosure)
        self.policy = policy
        coverage = report.coverage
    }

    /// Indicator `indicator`'s coverage, oldest year first; empty for an organisation.
    public func coverage(indicator: Int) -> [PoolCoverage] { coverage[indicator] ?? [] }

    public func likelihood(_ indicator: Int) -> PublishedLikelihood? { likelihoods.first { $0.indicator == indicator } }

    public func survey(_ indicator: Int) -> PublishedSurvey? { surveys.first { $0.indicator == indicator } }

    /// The one number that sums up an indicator on a scorecard: the BME share of the
    /// workforce (1), the relative likelihood (2–4), the BME − White gap in points (5–8), or
    /// the board's BME share minus the workforce's in points (9). Nil when undefined or withheld.
    public func headlineValue(indicator: Int) -> Double? {
        switch indicator {
        case 1: representation.overallPercents[.bme]
        case 2...4: likelihood(indicator)?.relativeLikelihood
        case 5...8: survey(indicator)?.gapPoints
        case 9: board.boardDifferencePoints
        default: nil
        }
    }

    /// The flag of an indicator; indicators 1 and 9 describe representation and carry none.
    public func flag(indicator: Int) -> Flag? {
        switch indicator {
        case 2...4: likelihood(indicator)?.flag ?? .notApplicable
        case 5...8: survey(indicator)?.flag ?? .notApplicable
        default: nil
        }
    }

    /// The headline as text: "1.53", "+4.7 pts", "23.4%", or "n/a" / "*" when missing or withheld.
    public func headlineText(indicator: Int) -> String {
        guard let value = headlineValue(indicator: indicator) else {
            return isWithheld(indicator: indicator) ? "*" : "n/a"
        }
        switch indicator {
        case 1: return DisplayFormat.percent(value)
        case 2...4: return DisplayFormat.ratio(value)
        default: return DisplayFormat.signedPoints(value)
        }
    }

    public func isWithheld(indicator: Int) -> Bool {
        switch indicator {
        case 2...4: likelihood(indicator)?.isWithheld ?? false
        case 5...8: survey(indicator)?.isWithheld ?? false
        case 9: board.isWithheld
        default: false
        }
    }
}
