@testable import ParityCore

/// A fictional trust's WRES returns for 2025 and 2026, with every indicator filled in.
/// Totals (python3): White 2,998, BME 834, Unknown 74, all staff 3,906.
enum RealisticTrust {
    static let current = WRESReturnBuilder()
        .with(1, .headcount(.nonClinical, .band2), white: 400, bme: 60, unknown: 10)
        .with(1, .headcount(.nonClinical, .band5), white: 150, bme: 30, unknown: 5)
        .with(1, .headcount(.nonClinical, .band8a), white: 40, bme: 6, unknown: 1)
        .with(1, .headcount(.nonClinical, .vsm), white: 8, bme: 1, unknown: 0)
        .with(1, .headcount(.clinical, .band5), white: 900, bme: 300, unknown: 20)
        .with(1, .headcount(.clinical, .band6), white: 700, bme: 180, unknown: 15)
        .with(1, .headcount(.clinical, .band7), white: 400, bme: 70, unknown: 10)
        .with(1, .headcount(.clinical, .band8a), white: 120, bme: 15, unknown: 3)
        .with(1, .headcount(.clinical, .band8c), white: 30, bme: 2, unknown: 1)
        .with(1, .headcount(.medical, .consultant), white: 150, bme: 90, unknown: 5)
        .with(1, .headcount(.medical, .trainee), white: 100, bme: 80, unknown: 4)
        .with(2, .shortlisted, white: 1200, bme: 900, unknown: 50)
        .with(2, .appointed, white: 300, bme: 150, unknown: 10)
        .with(3, .enteredDisciplinary, white: 12, bme: 9, unknown: 0)
        .with(4, .accessedTraining, white: 1500, bme: 350, unknown: 30)
        .with(5, .surveyRespondents, white: 3000, bme: 1000).with(5, .surveyYes, white: 822, bme: 321)
        .with(6, .surveyRespondents, white: 3000, bme: 1000).with(6, .surveyYes, white: 720, bme: 190)
        .with(7, .surveyRespondents, white: 3000, bme: 1000).with(7, .surveyYes, white: 1800, bme: 500)
        .with(8, .surveyRespondents, white: 3000, bme: 1000).with(8, .surveyYes, white: 240, bme: 85)
        .with(9, .board(.votingExecutive), white: 4, bme: 1, unknown: 0)
        .with(9, .board(.votingNonExecutive), white: 5, bme: 2, unknown: 0)
        .with(9, .board(.nonVotingExecutive), white: 2, bme: 0, unknown: 1)
        .counts

    static let previous = WRESReturnBuilder()
        .headcount(white: 2950, bme: 800, unknown: 70)
        .with(3, .enteredDisciplinary, white: 10, bme: 8, unknown: 1)
        .counts
}
