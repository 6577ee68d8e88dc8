import Testing
@testable import ParityCore

struct BoardComparisonTests {
    // Board: 15 members, 3 BME = 20%; voting 12, 3 BME = 25%; executive 8, 1 BME = 12.5%.
    // Workforce 834 / 3,906 = 21.3518%. Differences (python3): −1.3518, 3.6482, −8.8518.
    @Test func realisticBoard() {
        let b = WRESEngine.board(RealisticTrust.current, workforceBMEPercent: 834.0 * 100 / 3906)
        #expect(b.seats.count == 3 && b.seats[.nonVotingNonExecutive] == nil)
        #expect(b.members { _ in true } == 15 && b.members(where: \.isVoting) == 12 && b.members(where: \.isExecutive) == 8)
        #expect(StatisticsTolerance.matches(b.boardBMEPercent, 20))
        #expect(StatisticsTolerance.matches(b.votingBMEPercent, 25))
        #expect(StatisticsTolerance.matches(b.executiveBMEPercent, 12.5))
        #expect(StatisticsTolerance.matches(b.boardDifferencePoints, -1.351766513056834))
        #expect(StatisticsTolerance.matches(b.votingDifferencePoints, 3.648233486943166))
        #expect(StatisticsTolerance.matches(b.executiveDifferencePoints, -8.851766513056834))
    }

    @Test func noExecutivesOrNoWorkforce() {
        let counts = WRESReturnBuilder().with(9, .board(.votingNonExecutive), white: 3, bme: 1).counts
        let b = WRESEngine.board(counts, workforceBMEPercent: nil)
        #expect(b.boardBMEPercent == 25 && b.votingBMEPercent == 25)
        #expect(b.executiveBMEPercent == nil)
        #expect(b.workforceBMEPercent == nil && b.boardDifferencePoints == nil)
        let none = WRESEngine.board(ReturnCounts(), workforceBMEPercent: 20)
        #expect(none.seats.isEmpty && none.boardBMEPercent == nil && none.boardDifferencePoints == nil)
    }
}
