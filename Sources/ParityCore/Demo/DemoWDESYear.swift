/// One demo organisation's WDES return for one year, drawn to agree with its WRES return of
/// the same year: the same staff (medical "other" grade aside, which WDES does not report),
/// the same applicants shortlisted, the same survey respondents and the same board.
struct DemoWDESYear {
    let spec: DemoOrganisationSpec
    let traits: DemoWDESTraits
    let yearsBeforeLatest: Int
    /// The organisation's WRES return for the year.
    let wres: ReturnCounts

    /// 0 is parity, 1 strongly adverse to Disabled staff.
    var bias: Double { spec.outcome.bias(yearsBeforeLatest: yearsBeforeLatest) * traits.biasScale }

    /// Every count of the return, metrics 1 to 10, and the 9b narrative.
    func counts(random: inout SplitMix64) -> WDESCounts {
        var values: [WDESCountKey: Int] = [:]
        let headcount = workforce(into: &values, random: &random)
        recruitment(into: &values, random: &random)
        capability(headcount: headcount, into: &values, random: &random)
        let respondents = survey(headcount: headcount, into: &values, random: &random)
        engagement(respondents: respondents, into: &values, random: &random)
        board(into: &values, random: &random)
        let taken = random.chance(min(0.95, traits.voiceActionChance + 0.06 * Double(4 - min(yearsBeforeLatest, 4))))
        values[key(.voiceAction, .actionTaken, .disabled)] = taken ? 1 : 0
        let narrative = DemoNarratives.voiceAction(taken: taken, random: &random)
        return WDESCounts(values, voiceNarrative: narrative)
    }

    /// Metric 1: each WRES pay cluster's headcount split into Disabled, non-disabled and
    /// Unknown; fewer Disabled staff declared in senior and medical clusters.
    private func workforce(into values: inout [WDESCountKey: Int], random: inout SplitMix64) -> [PopulationGroup: Int] {
        let years = Double(min(yearsBeforeLatest, 5))
        let disabledShare = traits.disabledShare - traits.disabledShareRise * years
        let unknownShare = traits.unknownShare + traits.unknownShareFall * years
        var headcount: [PopulationGroup: Int] = [:]
        for workforce in Workforce.allCases {
            for cluster in WDESCluster.clusters(of: workforce) {
                let total = Self.wresHeadcount(wres, workforce, cluster)
                let unknown = min(total, random.count(Double(total) * unknownShare * random.uniform(0.85...1.15)))
                let disabled = min(total - unknown, random.count(Double(total) * disabledShare * Self.disabledMultiplier(cluster) * random.uniform(0.85...1.15)))
                let counts: [PopulationGroup: Int] = [.disabled: disabled, .nonDisabled: total - unknown - disabled, .unknown: unknown]
                for (group, count) in counts {
                    values[key(.representation, .clusterHeadcount(workforce, cluster), group)] = count
                    headcount[group, default: 0] += count
                }
            }
        }
        return headcount
    }

    /// Metric 2: the WRES shortlist split by disability; Disabled applicants appointed less
    /// often the more adverse the organisation.
    private func recruitment(into values: inout [WDESCountKey: Int], random: inout SplitMix64) {
        let groups = Standard.wres.groups
        let shortlisted = groups.map { wres[2, .shortlisted, $0] ?? 0 }.reduce(0, +)
        let appointed = groups.map { wres[2, .appointed, $0] ?? 0 }.reduce(0, +)
        let unknown = random.count(Double(shortlisted) * random.uniform(0.03...0.06))
        let disabled = min(shortlisted - unknown, random.count(Double(shortlisted) * traits.shortlistedDisabledShare))
        let short: [PopulationGroup: Int] = [.disabled: disabled, .nonDisabled: shortlisted - unknown - disabled, .unknown: unknown]
        let rate = shortlisted > 0 ? Double(appointed) / Double(shortlisted) : 0
        let likelihood = max(0.85, 1 + 0.6 * bias + random.uniform(-0.08...0.08))
        let rates: [PopulationGroup: Double] = [.nonDisabled: rate * random.uniform(0.97...1.03), .disabled: rate / likelihood, .unknown: rate * 0.9]
        for group in Standard.wdes.groups {
            let base = short[group, default: 0]
            values[key(.appointment, .shortlisted, group)] = base
            values[key(.appointment, .appointed, group)] = min(base, random.count(Double(base) * rates[group, default: 0]))
        }
    }

    /// Metric 3: a handful of staff a year enter the formal capability process (at most 15
    /// per group), Disabled staff more often.
    private func capability(headcount: [PopulationGroup: Int], into values: inout [WDESCountKey: Int], random: inout SplitMix64) {
        let likelihood = max(0.8, 1.2 + 1.2 * bias + random.uniform(-0.1...0.1))
        let rates: [PopulationGroup: Double] = [.nonDisabled: traits.capabilityRate, .disabled: traits.capabilityRate * likelihood, .unknown: traits.capabilityRate]
        for group in Standard.wdes.groups {
            let base = headcount[group, default: 0]
            values[key(.capability, .enteredCapability, group)] = min(15, base, random.count(Double(base) * rates[group, default: 0]))
        }
    }

    /// Metrics 4a(i)–8 near the national pattern: Disabled respondents report more harassment
    /// and pressure, less belief in equal opportunities and feeling less valued, with wider
    /// gaps when the organisation is adverse. Respondents are the WRES survey's (or about 40%
    /// of staff in a year without WRES survey figures). Returns each group's respondents.
    private func survey(headcount: [PopulationGroup: Int], into values: inout [WDESCountKey: Int], random: inout SplitMix64) -> [PopulationGroup: Int] {
        let wresRespondents = Standard.wres.groups.compactMap { wres[5, .surveyRespondents, $0] }
        let staff = headcount.values.reduce(0, +)
        let total = wresRespondents.isEmpty ? random.count(Double(staff) * 0.4) : wresRespondents.reduce(0, +)
        let unknown = random.count(Double(total) * random.uniform(0.02...0.04))
        let disabled = min(total - unknown, random.count(Double(total) * traits.surveyDisabledShare))
        let respondents: [PopulationGroup: Int] = [.disabled: disabled, .nonDisabled: total - unknown - disabled, .unknown: unknown]
        let strength = 0.7 + 0.6 * bias
        for (metric, nonDisabledShare, gap, answering) in Self.surveyPattern {
            let shares: [PopulationGroup: Double] = [
                .nonDisabled: nonDisabledShare + random.uniform(-0.01...0.01),
                .disabled: nonDisabledShare + gap * strength + random.uniform(-0.01...0.01),
                .unknown: nonDisabledShare + gap / 2,
            ]
            for group in Standard.wdes.groups {
                let asked = random.count(Double(respondents[group, default: 0]) * answering * random.uniform(0.97...1.0))
                values[key(metric, .surveyRespondents, group)] = asked
                values[key(metric, .surveyYes, group)] = min(asked, random.count(Double(asked) * shares[group, default: 0]))
            }
        }
        let asked = random.count(Double(disabled) * random.uniform(0.55...0.65))
        values[key(.reasonableAdjustments, .surveyRespondents, .disabled)] = asked
        values[key(.reasonableAdjustments, .surveyYes, .disabled)] = min(asked, random.count(Double(asked) * (0.76 - 0.06 * bias) * random.uniform(0.97...1.03)))
        return respondents
    }

    /// Metric 9a: engagement scores near 6.4–7.1, Disabled staff's lower.
    private func engagement(respondents: [PopulationGroup: Int], into values: inout [WDESCountKey: Int], random: inout SplitMix64) {
        let organisation = traits.engagement + random.uniform(-0.05...0.05)
        let gap = traits.engagementGap * (0.8 + 0.4 * bias)
        let nonDisabled = organisation + gap * 0.25
        let means: [PopulationGroup: Double] = [.nonDisabled: nonDisabled, .disabled: nonDisabled - gap, .unknown: nonDisabled - gap / 2]
        for group in Standard.wdes.groups {
            let count = respondents[group, default: 0]
            values[key(.engagement, .surveyRespondents, group)] = count
            values[key(.engagement, .engagementScoreSum, group)] = EngagementScore.scoreSumHundredths(mean: means[group, default: 0], respondents: count)
        }
    }

    /// Metric 10: the WRES board's members, each Disabled with a small chance.
    private func board(into values: inout [WDESCountKey: Int], random: inout SplitMix64) {
        for seat in BoardSeat.allCases {
            let members = Standard.wres.groups.map { wres[9, .board(seat), $0] ?? 0 }.reduce(0, +)
            var counts: [PopulationGroup: Int] = [.disabled: 0, .nonDisabled: 0, .unknown: 0]
            for _ in 0..<members {
                let draw = random.unit()
                counts[draw < 0.07 ? .disabled : draw < 0.15 ? .unknown : .nonDisabled, default: 0] += 1
            }
            for (group, count) in counts { values[key(.board, .board(seat), group)] = count }
        }
    }

    /// Metric, non-disabled yes share, Disabled − non-disabled gap, and the share of
    /// respondents the question applies to (4b asks only those who were harassed).
    private static let surveyPattern: [(WDESMetric, Double, Double, Double)] = [
        (.harassmentFromPublic, 0.25, 0.07, 1),
        (.harassmentFromManagers, 0.09, 0.065, 1),
        (.harassmentFromColleagues, 0.16, 0.08, 1),
        (.reportedHarassment, 0.47, -0.015, 0.4),
        (.equalOpportunities, 0.58, -0.065, 1),
        (.pressureToWorkWhenUnwell, 0.19, 0.085, 1),
        (.valuedWork, 0.46, -0.09, 1),
    ]

    /// How the Disabled share of a cluster compares with the organisation's.
    private static func disabledMultiplier(_ cluster: WDESCluster) -> Double {
        switch cluster {
        case .afc1to4: 1.05
        case .afc5to7: 1.05
        case .afc8aTo8b: 0.95
        case .afc8cTo9: 0.8
        case .vsm: 0.7
        case .consultant: 0.45
        case .nonConsultantCareer: 0.6
        case .trainee: 0.7
        }
    }

    /// The WRES indicator-1 headcount of a cluster, every ethnic group included.
    static func wresHeadcount(_ wres: ReturnCounts, _ workforce: Workforce, _ cluster: WDESCluster) -> Int {
        cluster.grades.flatMap { grade in Standard.wres.groups.map { wres[1, .headcount(workforce, grade), $0] ?? 0 } }.reduce(0, +)
    }

    private func key(_ metric: WDESMetric, _ measure: WDESMeasure, _ group: PopulationGroup) -> WDESCountKey {
        WDESCountKey(metric: metric, measure: measure, group: group)
    }
}
