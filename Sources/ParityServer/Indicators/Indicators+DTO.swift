import ParityCore

/// The WRES JSON document (`/api/v1/…/wres/{year}` and `parity report wres`): unrounded
/// numbers, `null` where a figure is undefined or withheld by disclosure control.
enum WRESDocument {
    static func make(_ figures: PublishedWRES) -> JSONValue {
        .object([
            "scope": .string(figures.scope.rawValue),
            "code": .string(figures.code),
            "name": .string(figures.name),
            "year": .integer(figures.year),
            "standard": .string("WRES"),
            "has_data": .bool(figures.hasData),
            "organisations_reporting": .integer(figures.organisationsReporting),
            "disclosure": .string(figures.policy.isUnrestricted ? "unrestricted" : "public"),
            "disclosure_rule": .string(figures.policy.ruleDescription),
            "indicators": .object(Dictionary(uniqueKeysWithValues: (1...9).map { indicator in
                (String(indicator), CoverageDocument.adding(figures.coverage(indicator: indicator), to: Self.indicator(indicator, of: figures)))
            })),
        ])
    }

    private static func indicator(_ indicator: Int, of figures: PublishedWRES) -> JSONValue {
        switch indicator {
        case 1: representation(figures.representation)
        case 2...4: CoverageDocument.adding(figures.likelihood(indicator)?.adjusted, to: likelihood(figures.likelihood(indicator)))
        case 5...8: survey(figures.survey(indicator))
        default: board(figures.board)
        }
    }

    static func count(_ count: DisclosedCount?) -> JSONValue {
        if case let .value(value)? = count { return .integer(value) }
        return .null
    }

    private static func representation(_ figure: PublishedRepresentation) -> JSONValue {
        func shares(_ counts: [PopulationGroup: DisclosedCount], _ total: DisclosedCount, _ percents: [PopulationGroup: Double]) -> [String: JSONValue] {
            var object: [String: JSONValue] = ["total": count(total)]
            for group in PublishedRepresentation.groups {
                object["\(group.rawValue)_count"] = count(counts[group])
                object["\(group.rawValue)_percent"] = .number(percents[group])
            }
            return object
        }
        let cells: [JSONValue] = figure.rows.map { row in
            var object = shares(row.counts, row.total, row.percents)
            object["workforce"] = .string(row.workforce.rawValue)
            object["grade"] = .string(row.grade.rawValue)
            return .object(object)
        }
        var overall = shares(figure.overall, figure.overallTotal, figure.overallPercents)
        if !figure.isProvided {
            for key in overall.keys where key == "total" || key.hasSuffix("_count") { overall[key] = .null }
        }
        return .object([
            "title": .string(WRESReading.title(indicator: 1)),
            "provided": .bool(figure.isProvided),
            "cells": .array(cells),
            "overall": .object(overall),
            "senior_bme_percent": .number(figure.seniorBMEPercent),
        ])
    }

    static func proportion(_ value: PublishedProportion?) -> JSONValue {
        guard let value else { return .null }
        return .object(["group": .string(value.group.rawValue), "events": count(value.events), "base": count(value.base), "percent": .number(value.percent)])
    }

    private static func likelihood(_ figure: PublishedLikelihood?) -> JSONValue {
        guard let figure else { return .null }
        return .object([
            "title": .string(WRESReading.title(indicator: figure.indicator)),
            "relative_likelihood": .number(figure.relativeLikelihood),
            "ci_low": .number(figure.confidenceInterval?.low),
            "ci_high": .number(figure.confidenceInterval?.high),
            "significant": figure.isSignificant.map(JSONValue.bool) ?? .null,
            "flag": .string(figure.flag.rawValue),
            "withheld": .bool(figure.isWithheld),
            "sentence": .string(figure.sentence),
            "focus": proportion(figure.focus),
            "reference": proportion(figure.reference),
            "unknown": proportion(figure.unknown),
            "pooled_years": .array(figure.pooledYears.map(JSONValue.integer)),
        ])
    }

    private static func survey(_ figure: PublishedSurvey?) -> JSONValue {
        guard let figure else { return .null }
        func group(_ value: PublishedSurveyGroup?) -> JSONValue {
            guard let value else { return .null }
            return .object([
                "respondents": count(value.respondents), "yes": count(value.yes), "percent": .number(value.percent),
                "ci_low": .number(value.interval?.low), "ci_high": .number(value.interval?.high),
            ])
        }
        return .object([
            "title": .string(WRESReading.title(indicator: figure.indicator)),
            "white_percent": .number(figure.white?.percent),
            "bme_percent": .number(figure.bme?.percent),
            "gap_points": .number(figure.gapPoints),
            "gap_ci_low": .number(figure.gapInterval?.low),
            "gap_ci_high": .number(figure.gapInterval?.high),
            "relative_likelihood": .number(figure.relativeLikelihood),
            "ci_low": .number(figure.confidenceInterval?.low),
            "ci_high": .number(figure.confidenceInterval?.high),
            "significant": figure.isSignificant.map(JSONValue.bool) ?? .null,
            "higher_is_better": .bool(figure.higherIsBetter),
            "flag": .string(figure.flag.rawValue),
            "withheld": .bool(figure.isWithheld),
            "sentence": .string(figure.sentence),
            "white": group(figure.white),
            "bme": group(figure.bme),
        ])
    }

    private static func board(_ figure: PublishedBoard) -> JSONValue {
        var seats: [String: JSONValue] = [:]
        for (seat, counts) in figure.seats {
            seats[seat.rawValue] = .object(Dictionary(uniqueKeysWithValues: PublishedBoard.groups.map { ($0.rawValue, count(counts[$0])) }))
        }
        return .object([
            "title": .string(WRESReading.title(indicator: 9)),
            "board_bme_percent": .number(figure.boardBMEPercent),
            "voting_bme_percent": .number(figure.votingBMEPercent),
            "executive_bme_percent": .number(figure.executiveBMEPercent),
            "workforce_bme_percent": .number(figure.workforceBMEPercent),
            "board_difference_points": .number(figure.boardDifferencePoints),
            "voting_difference_points": .number(figure.votingDifferencePoints),
            "executive_difference_points": .number(figure.executiveDifferencePoints),
            "withheld": .bool(figure.isWithheld),
            "seats": .object(seats),
        ])
    }
}
