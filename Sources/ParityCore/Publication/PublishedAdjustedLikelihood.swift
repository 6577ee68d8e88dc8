/// The figure adjusted for organisation beside a pooled relative likelihood (WRES 2–4, WDES
/// 2–3 of a system or the region), as one audience may see it. It is built from every pooled
/// organisation's own counts, so in public it is withheld whenever the pooled figure is, or
/// any of those counts is under the publication minimum or hidden on its organisation's page
/// (DOMAIN.md, adjusted roll-ups and disclosure control).
public struct PublishedAdjustedLikelihood: Sendable, Hashable {
    public let relativeLikelihood: Double?
    public let confidenceInterval: ConfidenceInterval?
    public let heterogeneity: Heterogeneity?
    /// How many organisations are strata.
    public let organisations: Int
    public let isWithheld: Bool
    public let sentence: String

    init(_ adjusted: AdjustedLikelihood, indicator: Int, crude: Double?, crudeWithheld: Bool, disclosure: CountDisclosure) {
        let mayPublish = !crudeWithheld && adjusted.strata.allSatisfy { stratum in
            let counts = [(stratum.counts.focus, true), (stratum.counts.reference, false)].flatMap { proportion, isFocus -> [(Int, CountItem)] in
                let group = Self.group(indicator: indicator, standard: disclosure.standard, focus: isFocus)
                return [(proportion.events, .likelihood(disclosure.standard, indicator: indicator, group: group, base: false)),
                        (proportion.base, .likelihood(disclosure.standard, indicator: indicator, group: group, base: true))]
            }
            return disclosure.mayPublishFigure(builtFrom: counts, ofMember: stratum.code)
        }
        let withheld = !mayPublish && adjusted.estimate.relativeLikelihood != nil
        relativeLikelihood = withheld ? nil : adjusted.estimate.relativeLikelihood
        confidenceInterval = withheld ? nil : adjusted.estimate.confidenceInterval
        heterogeneity = withheld ? nil : adjusted.estimate.heterogeneity
        organisations = adjusted.strata.count
        isWithheld = withheld
        sentence = withheld ? Withholding.adjustedSentence : adjusted.reading(crude: crude)
    }

    /// The group a count of the indicator's focus or reference side belongs to, as its
    /// organisation's page names it: WRES 3 and WDES 3 compare the protected group with the
    /// other; WRES 2 and 4 and WDES 2 the other way round.
    private static func group(indicator: Int, standard: Standard, focus: Bool) -> PopulationGroup {
        let (protected, other): (PopulationGroup, PopulationGroup) = standard == .wres ? (.bme, .white) : (.disabled, .nonDisabled)
        return (indicator == 3) == focus ? protected : other
    }
}
