/// An organisation's EDS 2022 assessment: a rating for each of the 11 outcomes, the score of
/// each domain and the total out of 33 with its band (DOMAIN.md, EDS 2022).
public struct EDSAssessment: Sendable, Hashable, Codable {
    /// The highest total: 11 outcomes rated 3.
    public static let maximumScore = EDSOutcome.allCases.count * EDSRating.excelling.rawValue

    /// Every outcome's rating.
    public let ratings: [EDSOutcome: EDSRating]
    /// The sum of the ratings of each domain's outcomes (out of `EDSDomain.maximumScore`).
    public let domainScores: [EDSDomain: Int]
    /// The sum of all 11 ratings, 0–33.
    public let total: Int
    /// The band of `total` under the bands given.
    public let band: EDSRating

    /// An assessment from a rating for every outcome. Throws `ParityError.invalidInput`
    /// naming the outcomes without a rating (EDS 2022 rates all 11).
    public init(ratings: [EDSOutcome: EDSRating], bands: EDSBands = .standard) throws(ParityError) {
        let missing = EDSOutcome.allCases.filter { ratings[$0] == nil }
        guard missing.isEmpty else { throw Self.invalid(missing: missing, outOfRange: [], unknown: []) }
        self.ratings = ratings
        var domainScores: [EDSDomain: Int] = [:]
        for (outcome, rating) in ratings { domainScores[outcome.domain, default: 0] += rating.rawValue }
        self.domainScores = domainScores
        total = domainScores.values.reduce(0, +)
        band = bands.band(for: total)
    }

    /// An assessment from scores keyed by outcome code ("1A" … "3C"), as a form or file gives
    /// them. Throws `ParityError.invalidInput` listing every problem at once: outcomes
    /// without a score, scores outside 0–3, and codes that are not EDS 2022 outcomes.
    public static func validated(scores: [String: Int], bands: EDSBands = .standard) throws(ParityError) -> EDSAssessment {
        var ratings: [EDSOutcome: EDSRating] = [:]
        var outOfRange: [(String, Int)] = []
        var unknown: [String] = []
        for (code, score) in scores {
            let trimmed = String(code.filter { !$0.isWhitespace }).uppercased()
            guard let outcome = EDSOutcome(rawValue: trimmed) else { unknown.append(code); continue }
            guard let rating = EDSRating(rawValue: score) else { outOfRange.append((trimmed, score)); continue }
            ratings[outcome] = rating
        }
        let missing = EDSOutcome.allCases.filter { ratings[$0] == nil && !outOfRange.map(\.0).contains($0.rawValue) }
        guard missing.isEmpty, outOfRange.isEmpty, unknown.isEmpty else {
            throw invalid(missing: missing, outOfRange: outOfRange, unknown: unknown)
        }
        return try EDSAssessment(ratings: ratings, bands: bands)
    }

    private static func invalid(missing: [EDSOutcome], outOfRange: [(String, Int)], unknown: [String]) -> ParityError {
        var sentences = ["Each of the 11 EDS 2022 outcomes (1A–1D, 2A–2D, 3A–3C) needs a rating from 0 (Undeveloped) to 3 (Excelling)."]
        if !missing.isEmpty {
            sentences.append("Missing: " + missing.map(\.rawValue).joined(separator: ", ") + ".")
        }
        if !outOfRange.isEmpty {
            let listed = outOfRange.sorted { $0.0 < $1.0 }.map { "\($0.0) is \($0.1)" }
            sentences.append("Out of range: " + listed.joined(separator: ", ") + ".")
        }
        if !unknown.isEmpty {
            sentences.append("Not an EDS 2022 outcome: " + unknown.sorted().map { "\"\($0)\"" }.joined(separator: ", ") + ".")
        }
        return .invalidInput(sentences.joined(separator: " "))
    }
}
