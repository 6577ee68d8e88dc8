extension PublishedWRES {
    /// Every count these figures show or hide, named as the year's ledger names them
    /// (`YearDisclosure`): what an outsider reads of this scope, for auditing disclosure.
    public var disclosedCounts: [CountItem: DisclosedCount] {
        var counts: [CountItem: DisclosedCount] = [:]
        for row in representation.rows {
            let name = CountItem.rowName(row.workforce, row.grade.rawValue)
            for (group, count) in row.counts { counts[.headcount(.wres, row: name, group: group)] = count }
            counts[.headcount(.wres, row: name, group: nil)] = row.total
        }
        if !representation.rows.isEmpty {
            for (group, count) in representation.overall { counts[.headcount(.wres, row: nil, group: group)] = count }
            counts[.headcount(.wres, row: nil, group: nil)] = representation.overallTotal
        }
        for likelihood in likelihoods { counts.merge(likelihood.disclosedCounts(.wres)) { a, _ in a } }
        for survey in surveys {
            for group in [survey.white, survey.bme].compactMap({ $0 }) {
                counts.merge(group.disclosedCounts(.wres, measure: String(survey.indicator))) { a, _ in a }
            }
        }
        counts.merge(DisclosedBoardSeats.counts(board.seats, standard: .wres)) { a, _ in a }
        return counts
    }
}

extension PublishedWDES {
    /// Every count these figures show or hide, named as the year's ledger names them.
    public var disclosedCounts: [CountItem: DisclosedCount] {
        var counts: [CountItem: DisclosedCount] = [:]
        for row in representation.rows {
            let name = CountItem.rowName(row.workforce, row.cluster.rawValue)
            for (group, count) in row.counts { counts[.headcount(.wdes, row: name, group: group)] = count }
            counts[.headcount(.wdes, row: name, group: nil)] = row.total
        }
        if !representation.rows.isEmpty {
            for (group, count) in representation.overall { counts[.headcount(.wdes, row: nil, group: group)] = count }
            counts[.headcount(.wdes, row: nil, group: nil)] = representation.overallTotal
        }
        for likelihood in likelihoods { counts.merge(likelihood.disclosedCounts(.wdes)) { a, _ in a } }
        for survey in surveys {
            for group in [survey.disabled, survey.nonDisabled].compactMap({ $0 }) {
                counts.merge(group.disclosedCounts(.wdes, measure: survey.metric.rawValue)) { a, _ in a }
            }
        }
        if let disabled = adjustments.disabled {
            counts.merge(disabled.disclosedCounts(.wdes, measure: WDESMetric.reasonableAdjustments.rawValue)) { a, _ in a }
        }
        let engagementScores: [(PopulationGroup?, PublishedWDESEngagementScore?)] = [(.disabled, engagement.disabled), (.nonDisabled, engagement.nonDisabled), (nil, engagement.organisation)]
        for (group, score) in engagementScores {
            guard let score else { continue }
            counts[.survey(.wdes, measure: WDESMetric.engagement.rawValue, group: group, respondents: true)] = score.respondents
        }
        counts.merge(DisclosedBoardSeats.counts(board.seats, standard: .wdes)) { a, _ in a }
        return counts
    }
}

extension PublishedLikelihood {
    func disclosedCounts(_ standard: Standard) -> [CountItem: DisclosedCount] {
        var counts: [CountItem: DisclosedCount] = [:]
        for proportion in [focus, reference, unknown].compactMap({ $0 }) {
            counts[.likelihood(standard, indicator: indicator, group: proportion.group, base: false)] = proportion.events
            counts[.likelihood(standard, indicator: indicator, group: proportion.group, base: true)] = proportion.base
        }
        return counts
    }
}

extension PublishedSurveyGroup {
    func disclosedCounts(_ standard: Standard, measure: String) -> [CountItem: DisclosedCount] {
        [.survey(standard, measure: measure, group: group, respondents: false): yes,
         .survey(standard, measure: measure, group: group, respondents: true): respondents]
    }
}

extension DisclosedBoardSeats {
    static func counts(_ seats: [BoardSeat: [PopulationGroup: DisclosedCount]], standard: Standard) -> [CountItem: DisclosedCount] {
        var counts: [CountItem: DisclosedCount] = [:]
        for (seat, groups) in seats {
            for (group, count) in groups { counts[.board(standard, seat: seat, group: group)] = count }
        }
        return counts
    }
}
