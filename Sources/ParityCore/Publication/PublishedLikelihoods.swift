/// What a funnel plot reads of one organisation: its relative likelihoods (WRES 2, 3, 4) as one
/// audience may see them. A page plotting every organisation of the region needs only these,
/// and publishing the rest of each one's figures (representation by band, above all) was a
/// sixth of a signed-in reader's region page.
public protocol LikelihoodFigures {
    var code: String { get }
    var name: String { get }
    var hasData: Bool { get }
    func likelihood(_ indicator: Int) -> PublishedLikelihood?
}

extension PublishedWRES: LikelihoodFigures {}

public struct PublishedLikelihoods: LikelihoodFigures, Sendable, Hashable {
    public let code: String
    public let name: String
    public let hasData: Bool
    public let likelihoods: [PublishedLikelihood]

    public init(_ figures: ScopeFigures, policy: DisclosurePolicy) {
        code = figures.code
        name = figures.name
        hasData = !figures.report.isEmpty
        likelihoods = Self.published(figures.report, disclosure: CountDisclosure(policy: policy, standard: .wres, withheld: figures.withheld, members: figures.membersWithheld))
    }

    public func likelihood(_ indicator: Int) -> PublishedLikelihood? { likelihoods.first { $0.indicator == indicator } }

    /// A report's likelihoods in indicator order, each under `disclosure`.
    static func published(_ report: WRESReport, disclosure: CountDisclosure) -> [PublishedLikelihood] {
        report.likelihoods.keys.sorted().map { PublishedLikelihood(report.likelihoods[$0]!, adjusted: report.adjusted[$0], disclosure: disclosure) }
    }
}
