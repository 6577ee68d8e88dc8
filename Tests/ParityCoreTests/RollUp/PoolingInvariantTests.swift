import Testing
@testable import ParityCore

/// Property-based invariants of pooling with partial returns (DOMAIN.md; issue 20): random
/// returns from a seeded generator, each with some counts left blank, checked over many cases.
@Suite struct PoolingInvariantTests {
    private static let cases = 300
    private static let year = 2026

    private static let members = (0..<5).map { OrganisationEntry(code: "O\($0)", name: "Organisation \($0)", systemCode: "S") }

    private static func system(_ members: [OrganisationEntry]) -> SystemEntry { SystemEntry(code: "S", name: "System", organisations: members) }

    /// Every count a WRES figure is built from, for a few cells and seats.
    private static let wresKeys: [CountKey] = {
        let measures: [(Int, Measure)] = [
            (1, .headcount(.clinical, .band5)), (1, .headcount(.nonClinical, .band3)), (1, .headcount(.medical, .consultant)),
            (2, .shortlisted), (2, .appointed), (3, .enteredDisciplinary), (4, .accessedTraining),
        ] + (5...8).flatMap { [($0, Measure.surveyRespondents), ($0, .surveyYes)] }
            + [(9, .board(.votingExecutive)), (9, .board(.votingNonExecutive))]
        return measures.flatMap { indicator, measure in Standard.wres.groups.map { CountKey(indicator: indicator, measure: measure, group: $0) } }
    }()

    /// A random return whose counts are consistent (events never above their base), each
    /// count blank with probability `blank`.
    private static func wresReturn(_ random: inout SplitMix64, blank: Double) -> ReturnCounts {
        var values: [CountKey: Int] = [:]
        for key in wresKeys {
            let base = random.integer(20...400)
            switch key.measure {
            case .appointed, .surveyYes: values[key] = random.integer(0...base / 2)
            case .enteredDisciplinary, .accessedTraining: values[key] = random.integer(0...15)
            case .board: values[key] = random.integer(0...6)
            default: values[key] = base
            }
        }
        // Events must not exceed their base: clamp to the counterpart drawn above.
        for (key, count) in values {
            let base: CountKey? = switch key.measure {
            case .appointed: CountKey(indicator: 2, measure: .shortlisted, group: key.group)
            case .surveyYes: CountKey(indicator: key.indicator, measure: .surveyRespondents, group: key.group)
            default: nil
            }
            if let base, let limit = values[base] { values[key] = min(count, limit) }
        }
        return ReturnCounts(values.filter { _ in !random.chance(blank) })
    }

    private static func data(_ returns: [String: ReturnCounts], previous: [String: ReturnCounts] = [:]) -> [ReturnKey: ReturnCounts] {
        var data: [ReturnKey: ReturnCounts] = [:]
        for (code, counts) in returns { data[ReturnKey(organisation: code, year: year, standard: .wres)] = counts }
        for (code, counts) in previous { data[ReturnKey(organisation: code, year: year - 1, standard: .wres)] = counts }
        return data
    }

    /// The figure an indicator shows, without the counts behind it: what pooling must keep.
    private static func figure(_ report: WRESReport, _ indicator: Int) -> [Double?] {
        switch indicator {
        case 1: report.representation.cells.flatMap { cell in Standard.wres.groups.map { cell.percent($0) } } + [report.representation.overallPercent(.bme)]
        case 2...4:
            report.likelihoods[indicator].map { [$0.relativeLikelihood, $0.confidenceInterval?.low, $0.confidenceInterval?.high, Double($0.pooledYears.count)] } ?? []
        case 5...8:
            report.surveys[indicator].map { [$0.gapPoints, $0.likelihood.relativeLikelihood, $0.whitePercent, $0.bmePercent] } ?? []
        default: [report.board.boardBMEPercent, report.board.workforceBMEPercent, report.board.boardDifferencePoints]
        }
    }

    @Test func addingAMemberThatLacksAnIndicatorsCountsNeverChangesThatIndicatorsPooledFigure() {
        var random = SplitMix64(seed: 20)
        for _ in 0..<Self.cases {
            // given four members with some blanks, and a fifth that lacks one count of one indicator
            var returns = Dictionary(uniqueKeysWithValues: Self.members.prefix(4).map { ($0.code, Self.wresReturn(&random, blank: 0.05)) })
            let previous = Dictionary(uniqueKeysWithValues: Self.members.prefix(4).map { ($0.code, Self.wresReturn(&random, blank: 0.05)) })
            let full = Self.wresReturn(&random, blank: 0)
            let indicator = random.integer(1...9)
            let needed = Self.wresKeys.filter { $0.indicator == indicator && $0.group != .unknown }
            let dropped = needed[random.integer(0...needed.count - 1)]
            let lacking = ReturnCounts(full.values.filter { $0.key != dropped })
            #expect(WRESProvision.missing(indicator: indicator, in: lacking) != nil)
            let before = WRESRollUp.system(Self.system(Array(Self.members.prefix(4))), year: Self.year, counts: Self.data(returns, previous: previous))
            // when the fifth joins
            returns[Self.members[4].code] = lacking
            let after = WRESRollUp.system(Self.system(Self.members), year: Self.year, counts: Self.data(returns, previous: previous))
            // then that indicator's figure is unchanged, and its coverage names the fifth as left out
            #expect(Self.figure(after.report, indicator) == Self.figure(before.report, indicator), "indicator \(indicator) without \(dropped)")
            #expect(after.report.coverage[indicator]?.last?.leftOut.contains { $0.code == "O4" } == true)
        }
    }

    @Test func poolingOneOrganisationEqualsItsOwnFigure() {
        var random = SplitMix64(seed: 21)
        for _ in 0..<Self.cases {
            // given one organisation's return with blanks, and its previous year's
            let member = Self.members[0]
            let data = Self.data([member.code: Self.wresReturn(&random, blank: 0.1)], previous: [member.code: Self.wresReturn(&random, blank: 0.1)])
            // when
            let own = WRESRollUp.organisation(member, year: Self.year, counts: data)
            let pooled = WRESRollUp.system(Self.system([member]), year: Self.year, counts: data)
            // then every figure the organisation provides the counts for is its own
            for indicator in 1...9 where WRESProvision.missing(indicator: indicator, in: data[ReturnKey(organisation: member.code, year: Self.year, standard: .wres)]!) == nil {
                #expect(Self.figure(pooled.report, indicator) == Self.figure(own.report, indicator), "indicator \(indicator)")
            }
            // and one it does not provide them for is n/a in both
            for indicator in 2...8 where WRESProvision.missing(indicator: indicator, in: data[ReturnKey(organisation: member.code, year: Self.year, standard: .wres)]!) != nil {
                #expect(Self.figure(pooled.report, indicator).first! == nil && Self.figure(own.report, indicator).first! == nil, "indicator \(indicator)")
            }
        }
    }

    @Test func poolingIsIndependentOfMemberOrder() {
        var random = SplitMix64(seed: 22)
        for _ in 0..<Self.cases {
            // given five members with blanks, in two orders
            let returns = Dictionary(uniqueKeysWithValues: Self.members.map { ($0.code, Self.wresReturn(&random, blank: 0.1)) })
            let previous = Dictionary(uniqueKeysWithValues: Self.members.map { ($0.code, Self.wresReturn(&random, blank: 0.1)) })
            let data = Self.data(returns, previous: previous)
            // when
            let inOrder = WRESRollUp.system(Self.system(Self.members), year: Self.year, counts: data)
            let shuffled = WRESRollUp.system(Self.system(random.shuffled(Self.members)), year: Self.year, counts: data)
            // then the figures are the same and pool the same organisations
            #expect(inOrder.report.likelihoods == shuffled.report.likelihoods)
            #expect(inOrder.report.surveys == shuffled.report.surveys)
            #expect(inOrder.report.representation == shuffled.report.representation)
            #expect(inOrder.report.board == shuffled.report.board)
            for indicator in 1...9 {
                #expect(Set(inOrder.report.coverage[indicator]!.flatMap(\.pooled)) == Set(shuffled.report.coverage[indicator]!.flatMap(\.pooled)))
            }
        }
    }

    @Test func aBlankNeverEqualsAZero() {
        var random = SplitMix64(seed: 23)
        for _ in 0..<Self.cases {
            // given members with no blanks, and one count of the last one blank or zero
            let full = Dictionary(uniqueKeysWithValues: Self.members.map { ($0.code, Self.wresReturn(&random, blank: 0)) })
            let key = Self.wresKeys[random.integer(0...Self.wresKeys.count - 1)]
            var blank = full
            blank["O4"] = ReturnCounts(full["O4"]!.values.filter { $0.key != key })
            var zero = full
            zero["O4"] = ReturnCounts(full["O4"]!.values.merging([key: 0]) { $1 })
            var without = full
            without["O4"] = nil
            // when
            let withBlank = WRESRollUp.system(Self.system(Self.members), year: Self.year, counts: Self.data(blank)).report
            let withZero = WRESRollUp.system(Self.system(Self.members), year: Self.year, counts: Self.data(zero)).report
            let withoutIt = WRESRollUp.system(Self.system(Self.members), year: Self.year, counts: Self.data(without)).report
            // then the zero is pooled as a count; the blank leaves the member out of every figure
            // it feeds, which then reads as if the member had no return for it
            for indicator in 1...9 {
                let feeds = WRESProvision.missing(indicator: indicator, in: blank["O4"]!) != nil
                #expect(withZero.coverage[indicator]!.last!.pooled.contains { $0.code == "O4" })
                if feeds {
                    #expect(withBlank.coverage[indicator]!.last!.leftOut.contains { $0.code == "O4" && $0.reason != nil })
                    #expect(Self.figure(withBlank, indicator) == Self.figure(withoutIt, indicator), "indicator \(indicator) without \(key)")
                }
            }
            // and an Unknown count one pooled member left blank is not pooled as its zero
            if (2...4).contains(key.indicator), key.group == .unknown {
                #expect(withBlank.likelihoods[key.indicator]!.unknown == nil)
                #expect(withZero.likelihoods[key.indicator]!.unknown != nil)
            }
        }
    }
}
