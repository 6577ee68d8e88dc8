import Testing
@testable import ParityCore

struct WDESRepresentationTests {
    // Clinical 8a–8b: 6 Disabled, 80 non-disabled, 14 Unknown of 100 → 6%, 80%, 14%.
    // Medical consultant: 2, 45, 3 of 50. Whole workforce 8 of 150 Disabled = 5.3333%.
    private static let counts = WDESCountsBuilder()
        .with(.representation, .clusterHeadcount(.clinical, .afc8aTo8b), disabled: 6, nonDisabled: 80, unknown: 14)
        .with(.representation, .clusterHeadcount(.medical, .consultant), disabled: 2, nonDisabled: 45, unknown: 3).counts

    @Test func unknownIsInTheDenominator() throws {
        let r = WDESEngine.representation(Self.counts)
        #expect(r.cells.map(\.cluster) == [.afc8aTo8b, .consultant]) // clinical before medical
        let cell = try #require(r.cells(in: .clinical).first)
        #expect(cell.total == 100 && cell.percent(.disabled) == 6 && cell.percent(.unknown) == 14)
        #expect(r.overallTotal == 150 && r.overall[.disabled] == 8)
        #expect(StatisticsTolerance.matches(r.overallPercent(.disabled), 8.0 * 100 / 150))
        #expect(Self.counts.headcount(of: .nonDisabled) == 125)
        #expect(WDESEngine.representation(WDESCounts()).overallPercent(.disabled) == nil)
    }

    @Test(arguments: [
        (Grade.under1, WDESCluster.afc1to4 as WDESCluster?), (.band4, .afc1to4), (.band5, .afc5to7), (.band7, .afc5to7),
        (.band8a, .afc8aTo8b), (.band8b, .afc8aTo8b), (.band8c, .afc8cTo9), (.band8d, .afc8cTo9), (.band9, .afc8cTo9),
        (.vsm, .vsm), (.consultant, .consultant), (.nonConsultantCareer, .nonConsultantCareer), (.trainee, .trainee), (.other, nil),
    ])
    func clusterOfGrade(grade: Grade, expected: WDESCluster?) {
        #expect(WDESCluster.containing(grade) == expected)
    }

    // Voting executive 1 Disabled + 5 non-disabled; voting non-executive 0 + 6 + 1 Unknown;
    // non-voting executive 0 + 2. Board 1/15 = 6.6667%, voting 1/13 = 7.6923%, executive
    // 1/8 = 12.5%; workforce 5.3333% → differences 1.3333, 2.3590, 7.1667 points.
    @Test func boardAgainstWorkforce() {
        let counts = WDESCountsBuilder()
            .with(.board, .board(.votingExecutive), disabled: 1, nonDisabled: 5)
            .with(.board, .board(.votingNonExecutive), disabled: 0, nonDisabled: 6, unknown: 1)
            .with(.board, .board(.nonVotingExecutive), disabled: 0, nonDisabled: 2).counts
        let b = WDESEngine.board(counts, workforceDisabledPercent: 8.0 * 100 / 150)
        #expect(b.members { _ in true } == 15 && b.members(where: \.isVoting) == 13)
        #expect(StatisticsTolerance.matches(b.boardDisabledPercent, 100.0 / 15))
        #expect(StatisticsTolerance.matches(b.votingDisabledPercent, 100.0 / 13))
        #expect(b.executiveDisabledPercent == 12.5)
        #expect(StatisticsTolerance.matches(b.boardDifferencePoints, 100.0 / 15 - 800.0 / 150))
        #expect(StatisticsTolerance.matches(b.votingDifferencePoints, 100.0 / 13 - 800.0 / 150))
        #expect(StatisticsTolerance.matches(b.executiveDifferencePoints, 12.5 - 800.0 / 150))
        let none = WDESEngine.board(WDESCounts(), workforceDisabledPercent: 5)
        #expect(none.boardDisabledPercent == nil && none.boardDifferencePoints == nil)
    }
}
