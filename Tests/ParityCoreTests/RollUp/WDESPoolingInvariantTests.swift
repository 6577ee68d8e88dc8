import Testing
@testable import ParityCore

/// The invariants of `PoolingInvariantTests` for the WDES: random returns from a seeded
/// generator, each with some counts left blank (DOMAIN.md, pooling with partial returns).
@Suite struct WDESPoolingInvariantTests {
    private static let cases = 300
    private static let year = 2026
    private static let members = (0..<5).map { OrganisationEntry(code: "O\($0)", name: "Organisation \($0)", systemCode: "S") }

    private static func system(_ members: [OrganisationEntry]) -> SystemEntry { SystemEntry(code: "S", name: "System", organisations: members) }

    /// Every count a WDES figure is built from, for two clusters and two seats.
    private static let keys: [WDESCountKey] = {
        var measures: [(WDESMetric, WDESMeasure, [PopulationGroup])] = [
            (.representation, .clusterHeadcount(.clinical, .afc5to7), Standard.wdes.groups),
            (.representation, .clusterHeadcount(.nonClinical, .afc1to4), Standard.wdes.groups),
            (.appointment, .shortlisted, Standard.wdes.groups), (.appointment, .appointed, Standard.wdes.groups),
            (.capability, .enteredCapability, Standard.wdes.groups),
            (.reasonableAdjustments, .surveyRespondents, [.disabled]), (.reasonableAdjustments, .surveyYes, [.disabled]),
            (.engagement, .surveyRespondents, Standard.wdes.groups), (.engagement, .engagementScoreSum, Standard.wdes.groups),
            (.voiceAction, .actionTaken, [.disabled]),
            (.board, .board(.votingExecutive), Standard.wdes.groups), (.board, .board(.votingNonExecutive), Standard.wdes.groups),
        ]
        for metric in WDESMetric.surveyGaps { measures += [(metric, .surveyRespondents, Standard.wdes.groups), (metric, .surveyYes, Standard.wdes.groups)] }
        return measures.flatMap { metric, measure, groups in groups.map { WDESCountKey(metric: metric, measure: measure, group: $0) } }
    }()

    /// A random consistent return, each count blank with probability `blank`.
    private static func wdesReturn(_ random: inout SplitMix64, blank: Double) -> WDESCounts {
        var values: [WDESCountKey: Int] = [:]
        for key in keys {
            values[key] = switch key.measure {
            case .appointed, .surveyYes: random.integer(0...20)
            case .enteredCapability: random.integer(0...8)
            case .board: random.integer(0...6)
            case .actionTaken: random.integer(0...1)
            case .engagementScoreSum: 0
            default: random.integer(25...400)
            }
        }
        for key in keys where key.measure == .engagementScoreSum {
            let respondents = values[WDESCountKey(metric: .engagement, measure: .surveyRespondents, group: key.group)]!
            values[key] = EngagementScore.scoreSumHundredths(mean: random.uniform(5...8), respondents: respondents)
        }
        return WDESCounts(values.filter { _ in !random.chance(blank) })
    }

    private static func data(_ returns: [String: WDESCounts]) -> [ReturnKey: WDESCounts] {
        Dictionary(uniqueKeysWithValues: returns.map { (ReturnKey(organisation: $0.key, year: year, standard: .wdes), $0.value) })
    }

    /// The figure a metric shows, without the counts behind it.
    private static func figure(_ report: WDESReport, _ metric: WDESMetric) -> [Double?] {
        switch metric {
        case .representation: report.representation.cells.flatMap { cell in Standard.wdes.groups.map { cell.percent($0) } }
        case .appointment, .capability: report.likelihoods[metric].map { [$0.relativeLikelihood, $0.confidenceInterval?.low, $0.confidenceInterval?.high] } ?? []
        case .reasonableAdjustments: [report.adjustments.percent]
        case .engagement: [report.engagement.gap, report.engagement.organisation?.mean]
        case .voiceAction: [report.voiceAction.organisationsAnsweringYes.map(Double.init)]
        case .board: [report.board.boardDisabledPercent, report.board.boardDifferencePoints]
        default: report.surveys[metric].map { [$0.gapPoints, $0.likelihood.relativeLikelihood] } ?? []
        }
    }

    @Test func addingAMemberThatLacksAMetricsCountsNeverChangesThatMetricsPooledFigure() {
        var random = SplitMix64(seed: 30)
        for _ in 0..<Self.cases {
            // given four members, and a fifth that lacks one count of one metric
            var returns = Dictionary(uniqueKeysWithValues: Self.members.prefix(4).map { ($0.code, Self.wdesReturn(&random, blank: 0.05)) })
            let full = Self.wdesReturn(&random, blank: 0)
            let metric = WDESMetric.allCases[random.integer(0...WDESMetric.allCases.count - 1)]
            let needed = Self.keys.filter { $0.metric == metric && $0.group != .unknown }
            let dropped = needed[random.integer(0...needed.count - 1)]
            let lacking = WDESCounts(full.values.filter { $0.key != dropped })
            #expect(WDESProvision.missing(metric, in: lacking) != nil)
            let before = WDESRollUp.system(Self.system(Array(Self.members.prefix(4))), year: Self.year, counts: Self.data(returns))
            // when
            returns["O4"] = lacking
            let after = WDESRollUp.system(Self.system(Self.members), year: Self.year, counts: Self.data(returns))
            // then
            #expect(Self.figure(after.report, metric) == Self.figure(before.report, metric), "metric \(metric.rawValue) without \(dropped)")
            #expect(after.report.coverage[metric]?.last?.leftOut.contains { $0.code == "O4" } == true)
        }
    }

    @Test func poolingOneOrganisationEqualsItsOwnFigureAndIsIndependentOfOrder() {
        var random = SplitMix64(seed: 31)
        for _ in 0..<Self.cases {
            // given
            let returns = Dictionary(uniqueKeysWithValues: Self.members.map { ($0.code, Self.wdesReturn(&random, blank: 0.1)) })
            let data = Self.data(returns)
            // when
            let own = WDESRollUp.organisation(Self.members[0], year: Self.year, counts: data)
            let alone = WDESRollUp.system(Self.system([Self.members[0]]), year: Self.year, counts: data)
            let inOrder = WDESRollUp.system(Self.system(Self.members), year: Self.year, counts: data)
            let shuffled = WDESRollUp.system(Self.system(random.shuffled(Self.members)), year: Self.year, counts: data)
            // then
            for metric in WDESMetric.allCases where WDESProvision.missing(metric, in: returns["O0"]!) == nil {
                #expect(Self.figure(alone.report, metric) == Self.figure(own.report, metric), "metric \(metric.rawValue)")
            }
            for metric in WDESMetric.allCases {
                #expect(Self.figure(inOrder.report, metric) == Self.figure(shuffled.report, metric), "metric \(metric.rawValue)")
            }
        }
    }
}
