import ParityCore

/// The WDES JSON document (`/api/v1/…/wdes/{year}` and `parity report wdes`): unrounded
/// numbers, `null` where a figure is undefined or withheld by disclosure control, and the
/// race × disability figures when the scope's WRES returns carry them.
enum WDESDocument {
    static func make(_ result: WDESReportQuery.Result) -> JSONValue {
        let figures = result.figures
        var metrics: [String: JSONValue] = [:]
        for metric in WDESMetric.allCases {
            var object: [String: JSONValue] = [
                "title": .string(WDESReading.title(metric: metric)),
                "headline": .string(figures.headlineText(metric: metric)),
                "value": .number(figures.headlineValue(metric: metric)),
                "flag": figures.flag(metric: metric).map { .string($0.rawValue) } ?? .null,
                "withheld": .bool(figures.isWithheld(metric: metric)),
                "sentence": .string(figures.sentence(metric: metric)),
            ]
            if let likelihood = figures.likelihood(metric) {
                object["relative_likelihood"] = .number(likelihood.relativeLikelihood)
                object["ci_low"] = .number(likelihood.confidenceInterval?.low)
                object["ci_high"] = .number(likelihood.confidenceInterval?.high)
                object["significant"] = likelihood.isSignificant.map(JSONValue.bool) ?? .null
                object["focus"] = WRESDocument.proportion(likelihood.focus)
                object["reference"] = WRESDocument.proportion(likelihood.reference)
                object["pooled_years"] = .array(likelihood.pooledYears.map(JSONValue.integer))
            }
            if let survey = figures.survey(metric) {
                object["disabled_percent"] = .number(survey.disabled?.percent)
                object["non_disabled_percent"] = .number(survey.nonDisabled?.percent)
                object["gap_points"] = .number(survey.gapPoints)
                object["gap_ci_low"] = .number(survey.gapInterval?.low)
                object["gap_ci_high"] = .number(survey.gapInterval?.high)
                object["relative_likelihood"] = .number(survey.relativeLikelihood)
                object["ci_low"] = .number(survey.confidenceInterval?.low)
                object["ci_high"] = .number(survey.confidenceInterval?.high)
                object["significant"] = survey.isSignificant.map(JSONValue.bool) ?? .null
                object["disabled"] = group(survey.disabled)
                object["non_disabled"] = group(survey.nonDisabled)
            }
            metrics[metric.rawValue] = .object(object)
        }
        metrics["1"] = representation(figures.representation, into: metrics["1"])
        metrics["8"] = merged(metrics["8"], ["disabled": group(figures.adjustments.disabled)])
        metrics["9a"] = merged(metrics["9a"], [
            "disabled_mean": .number(figures.engagement.disabled?.mean),
            "non_disabled_mean": .number(figures.engagement.nonDisabled?.mean),
            "organisation_mean": .number(figures.engagement.organisation?.mean),
            "gap": .number(figures.engagement.gap),
        ])
        metrics["9b"] = merged(metrics["9b"], [
            "organisations_answering": .integer(figures.voiceAction.organisationsAnswering),
            "organisations_answering_yes": figures.voiceAction.organisationsAnsweringYes.map(JSONValue.integer) ?? .null,
            "narrative": figures.voiceAction.narrative.map(JSONValue.string) ?? .null,
        ])
        metrics["10"] = merged(metrics["10"], [
            "board_disabled_percent": .number(figures.board.boardDisabledPercent),
            "voting_disabled_percent": .number(figures.board.votingDisabledPercent),
            "executive_disabled_percent": .number(figures.board.executiveDisabledPercent),
            "workforce_disabled_percent": .number(figures.board.workforceDisabledPercent),
            "board_difference_points": .number(figures.board.boardDifferencePoints),
            "voting_difference_points": .number(figures.board.votingDifferencePoints),
            "executive_difference_points": .number(figures.board.executiveDifferencePoints),
        ])
        for metric in WDESMetric.allCases {
            let figure = CoverageDocument.adding(figures.likelihood(metric)?.adjusted, to: metrics[metric.rawValue] ?? .null)
            metrics[metric.rawValue] = CoverageDocument.adding(figures.coverage(metric), to: figure)
        }
        return .object([
            "scope": .string(figures.scope.rawValue),
            "code": .string(figures.code),
            "name": .string(figures.name),
            "year": .integer(figures.year),
            "standard": .string("WDES"),
            "has_data": .bool(figures.hasData),
            "organisations_reporting": .integer(figures.organisationsReporting),
            "disclosure": .string(figures.policy.isUnrestricted ? "unrestricted" : "public"),
            "disclosure_rule": .string(figures.policy.ruleDescription),
            "metrics": .object(metrics),
            "race_by_disability": result.intersection.map(intersection) ?? .null,
        ])
    }

    private static func group(_ value: PublishedSurveyGroup?) -> JSONValue {
        guard let value else { return .null }
        return .object([
            "respondents": WRESDocument.count(value.respondents), "yes": WRESDocument.count(value.yes), "percent": .number(value.percent),
            "ci_low": .number(value.interval?.low), "ci_high": .number(value.interval?.high),
        ])
    }

    private static func merged(_ base: JSONValue?, _ extra: [String: JSONValue]) -> JSONValue {
        guard case var .object(object)? = base else { return .object(extra) }
        object.merge(extra) { _, new in new }
        return .object(object)
    }

    private static func representation(_ figure: PublishedWDESRepresentation, into base: JSONValue?) -> JSONValue {
        func shares(_ counts: [PopulationGroup: DisclosedCount], _ total: DisclosedCount, _ percents: [PopulationGroup: Double]) -> [String: JSONValue] {
            var object: [String: JSONValue] = ["total": WRESDocument.count(total)]
            for group in PublishedWDESRepresentation.groups {
                object["\(group.rawValue)_count"] = WRESDocument.count(counts[group])
                object["\(group.rawValue)_percent"] = .number(percents[group])
            }
            return object
        }
        let cells: [JSONValue] = figure.rows.map { row in
            var object = shares(row.counts, row.total, row.percents)
            object["workforce"] = .string(row.workforce.rawValue)
            object["cluster"] = .string(row.cluster.rawValue)
            return .object(object)
        }
        return merged(base, ["cells": .array(cells), "overall": .object(shares(figure.overall, figure.overallTotal, figure.overallPercents))])
    }

    private static func intersection(_ figures: IntersectionScopeFigures) -> JSONValue {
        func figure(_ value: DisclosedFigure) -> JSONValue { .number(value.value) }
        var shares: [String: JSONValue] = [:]
        for (group, share) in figures.representation.shares { shares[group.rawValue] = figure(share) }
        var indicators: [String: JSONValue] = [:]
        for analysis in figures.analyses {
            indicators[String(analysis.indicator)] = .object([
                "title": .string(WRESReading.title(indicator: analysis.indicator)),
                "reference": .string(analysis.reference.rawValue),
                "pooled_years": .array(analysis.pooledYears.map(JSONValue.integer)),
                "groups": .array(analysis.groups.map { group in
                    .object([
                        "group": .string(group.group.rawValue),
                        "events": WRESDocument.count(group.events),
                        "base": WRESDocument.count(group.base),
                        "likelihood_percent": figure(group.likelihoodPercent),
                        "relative_likelihood": figure(group.relativeLikelihood),
                        "ci_low": .number(group.confidenceInterval?.low),
                        "ci_high": .number(group.confidenceInterval?.high),
                        "flag": group.flag.map { .string($0.rawValue) } ?? .null,
                    ])
                }),
            ])
        }
        return .object([
            "organisations_reporting": .integer(figures.organisationsReporting),
            "workforce_shares_percent": .object(shares),
            "indicators": .object(indicators),
        ])
    }
}
