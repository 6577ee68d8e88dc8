/// One scope's WDES figures for one year, as one audience may see them. Pages, the JSON API
/// and reports read this, so every place shows the same numbers (DOMAIN.md, WDES metrics and
/// disclosure control).
public struct PublishedWDES: Sendable, Hashable {
    public let scope: ScopeKind
    public let code: String
    public let name: String
    public let year: Int
    /// How many organisations' returns the figures pool (1 for an organisation).
    public let organisationsReporting: Int
    public let hasData: Bool
    public let representation: PublishedWDESRepresentation
    /// Metrics 2 and 3, `indicator` holding the metric number.
    public let likelihoods: [PublishedLikelihood]
    /// Metrics 4a(i) to 7, in metric order.
    public let surveys: [PublishedWDESSurvey]
    public let adjustments: PublishedWDESAdjustments
    public let engagement: PublishedWDESEngagement
    public let voiceAction: PublishedWDESVoiceAction
    public let board: PublishedWDESBoard
    public let policy: DisclosurePolicy
    /// For a system or the region, which organisations each metric pools and which it leaves
    /// out, and why; empty for an organisation (DOMAIN.md, pooling with partial returns).
    public let coverage: [WDESMetric: [PoolCoverage]]

    /// Applies `policy` to every metric of `figures`.
    public init(_ figures: WDESScopeFigures, policy: DisclosurePolicy) {
        let report = figures.report
        scope = figures.scope
        code = figures.code
        name = figures.name
        year = figures.year
        organisationsReporting = figures.organisationsReporting
        hasData = !report.isEmpty
        let disclosure = CountDisclosure(policy: policy, standard: .wdes, withheld: figures.withheld, members: figures.membersWithheld)
        representation = PublishedWDESRepresentation(report.representation, disclosure: disclosure)
        likelihoods = report.likelihoods.keys.sorted().map { PublishedLikelihood(report.likelihoods[$0]!, adjusted: report.adjusted[$0], disclosure: disclosure) }
        surveys = report.surveys.keys.sorted().map { PublishedWDESSurvey(report.surveys[$0]!, disclosure: disclosure) }
        adjustments = PublishedWDESAdjustments(report.adjustments, disclosure: disclosure)
        engagement = PublishedWDESEngagement(report.engagement, disclosure: disclosure)
        voiceAction = PublishedWDESVoiceAction(report.voiceAction, scope: figures.scope, organisationsAnswering: figures.organisationsAnsweringVoiceAction)
        board = PublishedWDESBoard(report.board, representation: report.representation, disclosure: disclosure)
        self.policy = policy
        coverage = report.coverage
    }

    /// `metric`'s coverage, oldest year first; empty for an organisation.
    public func coverage(_ metric: WDESMetric) -> [PoolCoverage] { coverage[metric] ?? [] }

    /// Metric 2 or 3; `nil` for any other metric.
    public func likelihood(_ metric: WDESMetric) -> PublishedLikelihood? {
        likelihoods.first { String($0.indicator) == metric.rawValue }
    }

    /// Metric 4a(i) to 7; `nil` for any other metric.
    public func survey(_ metric: WDESMetric) -> PublishedWDESSurvey? { surveys.first { $0.metric == metric } }
}
