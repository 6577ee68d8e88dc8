import Testing
@testable import ParityCore

struct EDSTests {
    @Test(arguments: [
        (0, EDSRating.undeveloped), (7, .undeveloped), (8, .developing), (21, .developing),
        (22, .achieving), (32, .achieving), (33, .excelling),
    ])
    func standardBandBoundaries(total: Int, expected: EDSRating) {
        #expect(EDSBands.standard.band(for: total) == expected)
    }

    @Test(arguments: [
        (9, EDSRating.undeveloped), (10, .developing), (19, .developing), (20, .achieving), (29, .achieving), (30, .excelling), (33, .excelling),
    ])
    func configuredBands(total: Int, expected: EDSRating) {
        #expect(EDSBands(developingFrom: 10, achievingFrom: 20, excellingAt: 30).band(for: total) == expected)
    }

    @Test(arguments: [
        (EDSBands.standard, true), (EDSBands(developingFrom: 10, achievingFrom: 20, excellingAt: 30), true),
        (EDSBands(developingFrom: 22, achievingFrom: 8), false), (EDSBands(excellingAt: 34), false),
        (EDSBands(developingFrom: 0), false), (EDSBands(achievingFrom: 33), false),
    ])
    func bandConsistency(bands: EDSBands, expected: Bool) {
        #expect(bands.isConsistent == expected)
    }

    @Test func elevenOutcomesInThreeDomains() {
        #expect(EDSOutcome.allCases.count == 11 && EDSAssessment.maximumScore == 33)
        #expect(EDSDomain.allCases.map { $0.outcomes.count } == [4, 4, 3])
        #expect(EDSDomain.allCases.map(\.maximumScore) == [12, 12, 9])
        #expect(EDSDomain.inclusiveLeadership.outcomes.map(\.rawValue) == ["3A", "3B", "3C"])
    }

    // Domain 1: 2 + 2 + 1 + 3 = 8; domain 2: 1 + 1 + 1 + 1 = 4; domain 3: 0 + 2 + 3 = 5; total 17.
    @Test func scoresSumByDomain() throws {
        let scores = ["1A": 2, "1B": 2, "1C": 1, "1D": 3, "2A": 1, "2B": 1, "2C": 1, "2D": 1, "3A": 0, "3B": 2, "3C": 3]
        let a = try EDSAssessment.validated(scores: scores)
        #expect(a.domainScores == [.services: 8, .workforceHealthAndWellBeing: 4, .inclusiveLeadership: 5])
        #expect(a.total == 17 && a.band == .developing)
        #expect(a.ratings[.freeFromHarm] == .developing)
        let strict = try EDSAssessment.validated(scores: scores, bands: EDSBands(developingFrom: 18))
        #expect(strict.band == .undeveloped)
    }

    @Test(arguments: [(EDSRating.undeveloped, 0, EDSRating.undeveloped), (.excelling, 33, .excelling), (.achieving, 22, .achieving)])
    func uniformRatings(rating: EDSRating, total: Int, band: EDSRating) throws {
        let a = try EDSAssessment(ratings: Dictionary(uniqueKeysWithValues: EDSOutcome.allCases.map { ($0, rating) }))
        #expect(a.total == total && a.band == band)
    }

    @Test func codesAreReadLeniently() throws {
        var scores = Dictionary(uniqueKeysWithValues: EDSOutcome.allCases.map { ($0.rawValue, 1) })
        scores["1A"] = nil
        scores[" 1a "] = 3
        #expect(try EDSAssessment.validated(scores: scores).total == 13)
    }

    @Test(arguments: [
        (["1A": 2, "1B": 2, "1D": 3, "2A": 1, "2B": 1, "2C": 1, "3A": 0, "3B": 2, "3C": 3],
         "Each of the 11 EDS 2022 outcomes (1A–1D, 2A–2D, 3A–3C) needs a rating from 0 (Undeveloped) to 3 (Excelling). Missing: 1C, 2D."),
        (["1A": 2, "1B": 2, "1C": 4, "1D": 3, "2A": 1, "2B": 1, "2C": -1, "2D": 1, "3A": 0, "3B": 2, "3C": 3, "4A": 1],
         "Each of the 11 EDS 2022 outcomes (1A–1D, 2A–2D, 3A–3C) needs a rating from 0 (Undeveloped) to 3 (Excelling). Out of range: 1C is 4, 2C is -1. Not an EDS 2022 outcome: \"4A\"."),
        ([:],
         "Each of the 11 EDS 2022 outcomes (1A–1D, 2A–2D, 3A–3C) needs a rating from 0 (Undeveloped) to 3 (Excelling). Missing: 1A, 1B, 1C, 1D, 2A, 2B, 2C, 2D, 3A, 3B, 3C."),
    ])
    func invalidScoresAreListed(scores: [String: Int], message: String) {
        #expect(throws: ParityError.invalidInput(message)) { try EDSAssessment.validated(scores: scores) }
    }

    @Test func typedRatingsMustBeComplete() {
        #expect(throws: ParityError.self) { try EDSAssessment(ratings: [.accessToServices: .excelling]) }
    }
}
