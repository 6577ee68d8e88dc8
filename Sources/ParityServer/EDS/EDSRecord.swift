import Foundation
import ParityCore

/// One year's EDS 2022 assessment of a scope, with its computed scores and band.
struct EDSRecord: Equatable {
    var scope: EDSScope
    var year: Int
    var assessment: EDSAssessment
    var evidence: [EDSOutcome: String]
    var ratedBy: String
    var networkTookPart: Bool
    var recordedBy: String
    var recordedAt: Date
}

/// What a form or the demo sends to be stored: the ratings by outcome code and the notes.
struct EDSSubmission: Encodable, Equatable {
    var year: Int
    var ratings: [String: Int]
    var evidence: [String: String]
    var ratedBy: String
    var networkTookPart: Bool
}

/// The bands Parity applies to EDS 2022 totals: one policy value, DOMAIN.md's default.
enum EDSSettings {
    static let bands = EDSBands.standard
    /// The first year of EDS 2022.
    static let firstYear = 2022
}

extension EDSAssessmentRow {
    /// The record this row stores; throws when the stored ratings are not a full assessment.
    func record() throws -> EDSRecord {
        let decoder = JSONDecoder()
        let ratings = try decoder.decode([String: Int].self, from: Data(self.ratings.utf8))
        let notes = try decoder.decode([String: String].self, from: Data(evidence.utf8))
        let scope: EDSScope = scopeKind == "system" ? .system(scopeCode) : .organisation(scopeCode)
        return EDSRecord(
            scope: scope, year: year,
            assessment: try EDSAssessment.validated(scores: ratings, bands: EDSSettings.bands),
            evidence: Dictionary(uniqueKeysWithValues: notes.compactMap { key, value in EDSOutcome(rawValue: key).map { ($0, value) } }),
            ratedBy: ratedBy, networkTookPart: networkTookPart, recordedBy: recordedBy, recordedAt: recordedAt
        )
    }
}
