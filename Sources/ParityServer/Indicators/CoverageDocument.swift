import ParityCore

/// A pooled figure's coverage in the WRES and WDES JSON documents (DOMAIN.md, pooling with
/// partial returns): `organisations_pooled` and `organisations_left_out` (each with its
/// reason) of the figure's year, the same for every year it pools in `coverage_by_year`, and
/// the sentence the pages show. An organisation's own figure pools nothing and has none of them.
enum CoverageDocument {
    /// `figure` with its coverage added; unchanged when it is null or `years` is empty.
    static func adding(_ years: [PoolCoverage], to figure: JSONValue) -> JSONValue {
        guard case var .object(object) = figure, let last = years.last else { return figure }
        object.merge(members(last)) { _, coverage in coverage }
        object["coverage_by_year"] = .array(years.map { year in
            .object(members(year).merging(["year": .integer(year.year)]) { _, year in year })
        })
        object["coverage_sentence"] = .string(PoolCoverage.sentence(years))
        return .object(object)
    }

    /// A pool's figure adjusted for organisation, `adjusted` in a likelihood's object; nothing
    /// for an organisation.
    static func adding(_ adjusted: PublishedAdjustedLikelihood?, to figure: JSONValue) -> JSONValue {
        guard case var .object(object) = figure, let adjusted else { return figure }
        object["adjusted"] = .object([
            "relative_likelihood": .number(adjusted.relativeLikelihood),
            "ci_low": .number(adjusted.confidenceInterval?.low),
            "ci_high": .number(adjusted.confidenceInterval?.high),
            "organisations": .integer(adjusted.organisations),
            "heterogeneity_q": .number(adjusted.heterogeneity?.q),
            "heterogeneity_df": .integer(adjusted.heterogeneity?.degreesOfFreedom),
            "heterogeneity_p": .number(adjusted.heterogeneity?.pValue),
            "organisations_differ": adjusted.heterogeneity.map { .bool($0.isSignificant) } ?? .null,
            "withheld": .bool(adjusted.isWithheld),
            "sentence": .string(adjusted.sentence),
        ])
        return .object(object)
    }

    private static func members(_ coverage: PoolCoverage) -> [String: JSONValue] {
        [
            "organisations_pooled": .array(coverage.pooled.map { .object(["code": .string($0.code), "name": .string($0.name)]) }),
            "organisations_left_out": .array(coverage.leftOut.map {
                .object(["code": .string($0.code), "name": .string($0.name), "reason": .string($0.reason)])
            }),
        ]
    }
}
