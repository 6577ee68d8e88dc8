import ParityCore

/// The data dictionary of the open data files (issue 9): what each column of the CSV holds,
/// and for each figure (by its pattern, `OpenDataFigures`) which standard and indicators have
/// it, its type and what it means. Written once here for both the page and the CSV; a test
/// checks that every figure the files hold is described.
enum OpenDataDictionary {
    struct Column {
        var name: String
        var meaning: String
    }

    struct Entry {
        var standard: String
        /// The indicator ids (WRES) or metric ids (WDES) that have the figure, "all" for the
        /// whole return, "race-by-disability" for the race × disability figures.
        var indicators: [String]
        var figure: String
        var type: String
        var meaning: String

        var indicatorsText: String { indicators.joined(separator: ", ") }
    }

    static let columns: [Column] = [
        .init(name: "year", meaning: "The WRES or WDES year: the data is as at 31 March of that year; Staff Survey figures come from the survey of the year before."),
        .init(name: "standard", meaning: "WRES (Workforce Race Equality Standard) or WDES (Workforce Disability Equality Standard)."),
        .init(name: "scope", meaning: "region, system (an integrated care system, pooling its organisations) or organisation."),
        .init(name: "code", meaning: "The organisation's ODS code, the system's code, or \"region\"."),
        .init(name: "name", meaning: "The organisation's, system's or region's name."),
        .init(name: "system", meaning: "For an organisation, the code of its system in that year; blank otherwise."),
        .init(name: "indicator", meaning: "The WRES indicator (1 to 9) or WDES metric (1, 2, 3, 4a-i, 4a-ii, 4a-iii, 4b, 5 to 8, 9a, 9b, 10) the figure belongs to; \"all\" for the return as a whole; \"race-by-disability\" for staff counted by race and disability together."),
        .init(name: "figure", meaning: "Which figure: a dotted path, described below, where words in braces stand for a workforce, grade, cluster, group, board seat or indicator."),
        .init(name: "value", meaning: "The figure, unrounded. Blank when it is undefined (a zero base) or withheld by disclosure control. Percentages are from 0 to 100; true/false for yes-or-no figures."),
    ]

    private static let wresLikelihoods = ["2", "3", "4"]
    private static let wresSurveys = ["5", "6", "7", "8"]
    private static let wdesSurveys = ["4a-i", "4a-ii", "4a-iii", "4b", "5", "6", "7"]
    private static let wdesMetrics = WDESMetric.allCases.map(\.rawValue)

    static let entries: [Entry] = {
        var entries: [Entry] = [
            .init(standard: "WRES", indicators: ["all"], figure: "organisations_reporting", type: "integer", meaning: "How many organisations' published returns the scope's figures pool."),
            .init(standard: "WDES", indicators: ["all"], figure: "organisations_reporting", type: "integer", meaning: "How many organisations' published returns the scope's figures pool."),
        ]
        entries += representation(standard: "WRES", indicator: "1", cell: "cells.{workforce}.{grade}", groups: ["white", "bme", "unknown"])
        entries.append(.init(standard: "WRES", indicators: ["1"], figure: "senior_bme_percent", type: "number", meaning: "BME share of staff in bands 8a to VSM, %."))
        entries.append(.init(standard: "WRES", indicators: ["1"], figure: "provided", type: "boolean", meaning: "False when the return has no indicator 1 rows: not provided, and its counts are blank, never 0."))
        entries += likelihood(standard: "WRES", indicators: wresLikelihoods)
        entries += [
            .init(standard: "WRES", indicators: wresLikelihoods, figure: "significant", type: "boolean", meaning: "Whether the 95% confidence interval excludes 1 (parity)."),
            .init(standard: "WRES", indicators: wresLikelihoods, figure: "unknown.group", type: "text", meaning: "unknown: staff of unknown ethnicity, shown but left out of the relative likelihood."),
            .init(standard: "WRES", indicators: wresLikelihoods, figure: "unknown.events", type: "integer", meaning: "Events among staff of unknown ethnicity (counts 1 to 4 withheld)."),
            .init(standard: "WRES", indicators: wresLikelihoods, figure: "unknown.base", type: "integer", meaning: "Base among staff of unknown ethnicity (counts 1 to 4 withheld)."),
            .init(standard: "WRES", indicators: wresLikelihoods, figure: "unknown.percent", type: "number", meaning: "Events ÷ base for staff of unknown ethnicity, %."),
        ]
        entries += survey(standard: "WRES", indicators: wresSurveys, groups: [("white", "White"), ("bme", "BME")], gap: "BME % − White %",
                          ratio: "BME % ÷ White % (White % ÷ BME % for indicator 7, where higher is better)")
        entries.append(.init(standard: "WRES", indicators: wresSurveys, figure: "higher_is_better", type: "boolean", meaning: "True where a higher percentage is better for staff (indicator 7), so a lower BME % is adverse."))
        for (kind, words) in [("board", "the whole board"), ("voting", "voting members"), ("executive", "executive members")] {
            entries.append(.init(standard: "WRES", indicators: ["9"], figure: "\(kind)_bme_percent", type: "number", meaning: "BME share of \(words), % (unknown ethnicity in the denominator)."))
            entries.append(.init(standard: "WRES", indicators: ["9"], figure: "\(kind)_difference_points", type: "number", meaning: "BME share of \(words) minus the BME share of the workforce, in percentage points."))
        }
        entries += [
            .init(standard: "WRES", indicators: ["9"], figure: "workforce_bme_percent", type: "number", meaning: "BME share of the whole workforce, % (indicator 1 totals)."),
            .init(standard: "WRES", indicators: ["9"], figure: "withheld", type: "boolean", meaning: "True when disclosure control withheld the board figures."),
        ]
        for group in ["white", "bme", "unknown"] {
            entries.append(.init(standard: "WRES", indicators: ["9"], figure: "seats.{seat}.\(group)", type: "integer",
                                 meaning: "Board members in seats of this kind (voting-executive, voting-non-executive, non-voting-executive, non-voting-non-executive) in the group \(group) (counts 1 to 4 withheld)."))
        }
        entries += [
            .init(standard: "WDES", indicators: wdesMetrics, figure: "value", type: "number", meaning: "The metric's headline figure, as its page shows it: a relative likelihood (2, 3), a gap in percentage points (4a-i to 7, 9a), a share (1, 8, 10) or the number of organisations answering yes (9b)."),
            .init(standard: "WDES", indicators: wdesMetrics, figure: "flag", type: "text", meaning: "The flag, oriented so it reads for Disabled staff: adverse, non-adverse, favourable, too-few-to-conclude or n/a; blank where the metric has no flag."),
            .init(standard: "WDES", indicators: wdesMetrics, figure: "withheld", type: "boolean", meaning: "True when disclosure control withheld the metric's figures."),
        ]
        entries += representation(standard: "WDES", indicator: "1", cell: "cells.{workforce}.{cluster}", groups: ["disabled", "non-disabled", "unknown"])
        entries += likelihood(standard: "WDES", indicators: ["2", "3"]).filter { $0.figure != "flag" && $0.figure != "withheld" }
        entries.append(.init(standard: "WDES", indicators: ["2", "3"], figure: "significant", type: "boolean", meaning: "Whether the 95% confidence interval excludes 1 (parity)."))
        entries += survey(standard: "WDES", indicators: wdesSurveys, groups: [("disabled", "Disabled"), ("non_disabled", "non-disabled")], gap: "Disabled % − non-disabled %",
                          ratio: "Disabled % ÷ non-disabled % (non-disabled % ÷ Disabled % for 4b, 5 and 7, where higher is better)")
            .filter { $0.figure != "flag" && $0.figure != "withheld" }
        entries += surveyGroup(standard: "WDES", indicators: ["8"], key: "disabled", label: "Disabled")
        entries += [
            .init(standard: "WDES", indicators: ["9a"], figure: "disabled_mean", type: "number", meaning: "Mean staff engagement score (0 to 10) of Disabled staff."),
            .init(standard: "WDES", indicators: ["9a"], figure: "non_disabled_mean", type: "number", meaning: "Mean staff engagement score (0 to 10) of non-disabled staff."),
            .init(standard: "WDES", indicators: ["9a"], figure: "organisation_mean", type: "number", meaning: "Mean staff engagement score (0 to 10) of all respondents."),
            .init(standard: "WDES", indicators: ["9a"], figure: "gap", type: "number", meaning: "Disabled mean − non-disabled mean engagement score, in points."),
            .init(standard: "WDES", indicators: ["9b"], figure: "organisations_answering", type: "integer", meaning: "Organisations that answered whether they acted to help Disabled staff's voices be heard."),
            .init(standard: "WDES", indicators: ["9b"], figure: "organisations_answering_yes", type: "integer", meaning: "Of those, how many answered yes."),
        ]
        for (kind, words) in [("board", "the whole board"), ("voting", "voting members"), ("executive", "executive members")] {
            entries.append(.init(standard: "WDES", indicators: ["10"], figure: "\(kind)_disabled_percent", type: "number", meaning: "Disabled share of \(words), %."))
            entries.append(.init(standard: "WDES", indicators: ["10"], figure: "\(kind)_difference_points", type: "number", meaning: "Disabled share of \(words) minus that of the workforce, in percentage points."))
        }
        entries += [
            .init(standard: "WDES", indicators: ["10"], figure: "workforce_disabled_percent", type: "number", meaning: "Disabled share of the whole workforce, %."),
        ]
        entries += coverage
        entries += adjusted
        let crossed = ["race-by-disability"]
        entries += [
            .init(standard: "WDES", indicators: crossed, figure: "organisations_reporting", type: "integer", meaning: "How many organisations' published WRES returns count staff by race and disability together."),
            .init(standard: "WDES", indicators: crossed, figure: "workforce_shares_percent.{group}", type: "number", meaning: "Share of the workforce in the race × disability group (such as bme+disabled), %."),
            .init(standard: "WDES", indicators: crossed, figure: "indicators.{indicator}.reference", type: "text", meaning: "The reference group of WRES indicator 2, 3 or 4 broken down by race and disability: white+non-disabled."),
            .init(standard: "WDES", indicators: crossed, figure: "indicators.{indicator}.pooled_years", type: "text", meaning: "The years pooled, separated by semicolons."),
            .init(standard: "WDES", indicators: crossed, figure: "indicators.{indicator}.groups.{group}.events", type: "integer", meaning: "Events in the race × disability group (counts 1 to 4 withheld)."),
            .init(standard: "WDES", indicators: crossed, figure: "indicators.{indicator}.groups.{group}.base", type: "integer", meaning: "Base in the race × disability group (counts 1 to 4 withheld)."),
            .init(standard: "WDES", indicators: crossed, figure: "indicators.{indicator}.groups.{group}.likelihood_percent", type: "number", meaning: "Events ÷ base in the group, %."),
            .init(standard: "WDES", indicators: crossed, figure: "indicators.{indicator}.groups.{group}.relative_likelihood", type: "number", meaning: "The group's likelihood relative to the reference group (oriented as the WRES indicator)."),
            .init(standard: "WDES", indicators: crossed, figure: "indicators.{indicator}.groups.{group}.ci_low", type: "number", meaning: "Lower bound of the 95% confidence interval of that relative likelihood (log method)."),
            .init(standard: "WDES", indicators: crossed, figure: "indicators.{indicator}.groups.{group}.ci_high", type: "number", meaning: "Upper bound of the 95% confidence interval of that relative likelihood (log method)."),
            .init(standard: "WDES", indicators: crossed, figure: "indicators.{indicator}.groups.{group}.flag", type: "text", meaning: "The flag of that relative likelihood."),
        ]
        return entries
    }()

    /// A system's or the region's coverage of each indicator and metric (`CoverageDocument`):
    /// which organisations the figure pools in its year, and in each year it pools
    /// (`coverage_by_year`), and which it leaves out and why (DOMAIN.md, pooling with partial returns).
    private static var coverage: [Entry] {
        var entries: [Entry] = []
        let standards: [(String, [String])] = [("WRES", (1...9).map(String.init)), ("WDES", wdesMetrics)]
        let prefixes: [(String, String)] = [("", "the figure's year"), ("coverage_by_year.{year}.", "that year")]
        for (standard, indicators) in standards {
            for (prefix, when) in prefixes {
                let figures: [(String, String)] = [
                    ("organisations_pooled.{code}.name",
                     "An organisation, by its code, whose counts the system's or region's figure pools in \(when): it provided every count the figure needs."),
                    ("organisations_pooled", "Blank: the figure pools no organisation in \(when)."),
                    ("organisations_left_out.{code}.name",
                     "An organisation, by its code, of the system or region that the figure leaves out in \(when): a count it needs was blank (not provided, never taken as 0) or there was no return."),
                    ("organisations_left_out.{code}.reason", "Why that organisation is left out, such as \"no appointed count for BME applicants\"."),
                    ("organisations_left_out", "Blank: the figure leaves no organisation out in \(when)."),
                ]
                for (figure, meaning) in figures {
                    entries.append(Entry(standard: standard, indicators: indicators, figure: prefix + figure, type: "text", meaning: meaning))
                }
            }
        }
        return entries
    }

    /// A system's or the region's relative likelihoods adjusted for organisation (WRES 2–4,
    /// WDES 2–3; DOMAIN.md, adjusted roll-ups).
    private static var adjusted: [Entry] {
        let figures: [(String, String, String)] = [
            ("relative_likelihood", "number", "The Mantel–Haenszel relative likelihood stratified by organisation, over the organisations the pooled figure pools."),
            ("ci_low", "number", "Lower bound of its 95% confidence interval (Greenland–Robins variance)."),
            ("ci_high", "number", "Upper bound of its 95% confidence interval (Greenland–Robins variance)."),
            ("organisations", "integer", "How many organisations are its strata."),
            ("heterogeneity_q", "number", "Cochran's Q of the organisations' log relative likelihoods."),
            ("heterogeneity_df", "integer", "Its degrees of freedom: the organisations with an event in both groups, less one."),
            ("heterogeneity_p", "number", "Its p-value, from χ²."),
            ("organisations_differ", "boolean", "True when p < 0.05: organisations differ more than chance would explain."),
            ("withheld", "boolean", "True when disclosure control withheld the adjusted figure."),
        ]
        return [("WRES", wresLikelihoods), ("WDES", ["2", "3"])].flatMap { standard, indicators in
            figures.map { Entry(standard: standard, indicators: indicators, figure: "adjusted." + $0.0, type: $0.1, meaning: $0.2) }
        }
    }

    /// The entry describing a figure of the files, if any.
    static func entry(standard: String, indicator: String, pattern: String) -> Entry? {
        entries.first { $0.standard == standard && $0.figure == pattern && $0.indicators.contains(indicator) }
    }

    private static func representation(standard: String, indicator: String, cell: String, groups: [String]) -> [Entry] {
        var entries: [Entry] = []
        for (prefix, words) in [(cell, "staff in the cell"), ("overall", "the whole workforce")] {
            entries.append(.init(standard: standard, indicators: [indicator], figure: "\(prefix).total", type: "integer", meaning: "Headcount of \(words), every group (counts 1 to 4 withheld)."))
            for group in groups {
                entries.append(.init(standard: standard, indicators: [indicator], figure: "\(prefix).\(group)_count", type: "integer", meaning: "Headcount of \(words) in the group \(group) (counts 1 to 4 withheld, with secondary suppression)."))
                entries.append(.init(standard: standard, indicators: [indicator], figure: "\(prefix).\(group)_percent", type: "number", meaning: "The group \(group)'s share of \(words), % (unknown included in the denominator)."))
            }
        }
        return entries
    }

    private static func likelihood(standard: String, indicators: [String]) -> [Entry] {
        var entries: [Entry] = [
            .init(standard: standard, indicators: indicators, figure: "relative_likelihood", type: "number", meaning: "Relative likelihood: the focus group's likelihood ÷ the reference group's; 1 is parity."),
            .init(standard: standard, indicators: indicators, figure: "ci_low", type: "number", meaning: "Lower bound of the 95% confidence interval of the relative likelihood (log method)."),
            .init(standard: standard, indicators: indicators, figure: "ci_high", type: "number", meaning: "Upper bound of the 95% confidence interval of the relative likelihood (log method)."),
            .init(standard: standard, indicators: indicators, figure: "flag", type: "text", meaning: "adverse (above 1.25), non-adverse (0.80 to 1.25), favourable (below 0.80), too-few-to-conclude or n/a."),
            .init(standard: standard, indicators: indicators, figure: "withheld", type: "boolean", meaning: "True when disclosure control withheld the figure (a count under 5)."),
            .init(standard: standard, indicators: indicators, figure: "pooled_years", type: "text", meaning: "The years pooled, separated by semicolons: indicator 3 (and WDES metric 3) pools two years when both exist."),
        ]
        for (side, words) in [("focus", "focus group (named first by the indicator)"), ("reference", "reference group")] {
            entries += [
                .init(standard: standard, indicators: indicators, figure: "\(side).group", type: "text", meaning: "The \(words)."),
                .init(standard: standard, indicators: indicators, figure: "\(side).events", type: "integer", meaning: "Events in the \(words): appointed, entering the formal process or accessing training (counts 1 to 4 withheld)."),
                .init(standard: standard, indicators: indicators, figure: "\(side).base", type: "integer", meaning: "Base of the \(words): shortlisted or headcount (counts 1 to 4 withheld)."),
                .init(standard: standard, indicators: indicators, figure: "\(side).percent", type: "number", meaning: "Events ÷ base in the \(words), %."),
            ]
        }
        return entries
    }

    private static func survey(standard: String, indicators: [String], groups: [(key: String, label: String)], gap: String, ratio: String) -> [Entry] {
        var entries: [Entry] = [
            .init(standard: standard, indicators: indicators, figure: "relative_likelihood", type: "number", meaning: "Relative likelihood of the experience, \(ratio), oriented so that above 1 is adverse; 1 is parity. The flag reads it."),
            .init(standard: standard, indicators: indicators, figure: "ci_low", type: "number", meaning: "Lower bound of the 95% confidence interval of the relative likelihood (log method)."),
            .init(standard: standard, indicators: indicators, figure: "ci_high", type: "number", meaning: "Upper bound of the 95% confidence interval of the relative likelihood (log method)."),
            .init(standard: standard, indicators: indicators, figure: "significant", type: "boolean", meaning: "Whether the 95% confidence interval of the relative likelihood excludes 1 (parity); never a flag by itself."),
            .init(standard: standard, indicators: indicators, figure: "gap_points", type: "number", meaning: "\(gap), in percentage points."),
            .init(standard: standard, indicators: indicators, figure: "gap_ci_low", type: "number", meaning: "Lower bound of the 95% confidence interval of the gap (Newcombe's hybrid score method)."),
            .init(standard: standard, indicators: indicators, figure: "gap_ci_high", type: "number", meaning: "Upper bound of the 95% confidence interval of the gap (Newcombe's hybrid score method)."),
            .init(standard: standard, indicators: indicators, figure: "flag", type: "text", meaning: "From the relative likelihood, as for indicators 2 to 4: adverse (above 1.25), non-adverse (0.80 to 1.25), favourable (below 0.80); too-few-to-conclude below 11 respondents in a group or without an interval; n/a."),
            .init(standard: standard, indicators: indicators, figure: "withheld", type: "boolean", meaning: "True when disclosure control withheld the figures (fewer than 11 respondents in a group)."),
        ]
        for group in groups {
            entries.append(.init(standard: standard, indicators: indicators, figure: "\(group.key)_percent", type: "number", meaning: "% of \(group.label) respondents answering yes."))
            entries += surveyGroup(standard: standard, indicators: indicators, key: group.key, label: group.label)
        }
        return entries
    }

    private static func surveyGroup(standard: String, indicators: [String], key: String, label: String) -> [Entry] {
        [
            .init(standard: standard, indicators: indicators, figure: "\(key).respondents", type: "integer", meaning: "\(label) respondents to the Staff Survey question (counts 1 to 4 withheld)."),
            .init(standard: standard, indicators: indicators, figure: "\(key).yes", type: "integer", meaning: "\(label) respondents answering yes (counts 1 to 4 withheld)."),
            .init(standard: standard, indicators: indicators, figure: "\(key).percent", type: "number", meaning: "% of \(label) respondents answering yes."),
            .init(standard: standard, indicators: indicators, figure: "\(key).ci_low", type: "number", meaning: "Lower bound of the 95% confidence interval of that percentage (Wilson score)."),
            .init(standard: standard, indicators: indicators, figure: "\(key).ci_high", type: "number", meaning: "Upper bound of the 95% confidence interval of that percentage (Wilson score)."),
        ]
    }

    /// The dictionary as CSV rows: the columns first, then every figure.
    static var csvRows: [[String]] {
        [["part", "standard", "indicators", "name", "type", "meaning"]]
            + columns.map { ["column", "", "", $0.name, "", $0.meaning] }
            + entries.map { ["figure", $0.standard, $0.indicatorsText, $0.figure, $0.type, $0.meaning] }
    }
}
