import ParityCore
import Vapor

/// Reads the EDS form: `year`, `rating_1A` … `rating_3C` (0–3), `evidence_1A` …, `ratedBy`
/// and `network` ("yes" when the staff network took part). Collects every problem at once.
enum EDSForm {
    static func submission(_ fields: [String: String], currentYear: Int) -> (EDSSubmission, [FieldErrorView]) {
        var errors: [FieldErrorView] = []
        let yearText = (fields["year"] ?? "").trimmingCharacters(in: .whitespaces)
        let year = Int(yearText) ?? 0
        if !(EDSSettings.firstYear...currentYear).contains(year) {
            errors.append(FieldErrorView(field: "year", message: "Enter a year from \(EDSSettings.firstYear) to \(currentYear)."))
        }
        var ratings: [String: Int] = [:]
        var evidence: [String: String] = [:]
        for outcome in EDSOutcome.allCases {
            let code = outcome.rawValue
            if let text = fields["rating_\(code)"], let score = Int(text), EDSRating(rawValue: score) != nil {
                ratings[code] = score
            } else {
                errors.append(FieldErrorView(field: "rating_\(code)", message: "Choose a rating from 0 to 3 for outcome \(code)."))
            }
            let note = (fields["evidence_\(code)"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if note.count > 4_000 {
                errors.append(FieldErrorView(field: "evidence_\(code)", message: "The evidence for \(code) must be 4,000 characters or fewer."))
            } else if !note.isEmpty {
                evidence[code] = note
            }
        }
        let ratedBy = (fields["ratedBy"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if ratedBy.isEmpty {
            errors.append(FieldErrorView(field: "ratedBy", message: "Enter who rated the outcomes."))
        } else if ratedBy.count > 1_000 {
            errors.append(FieldErrorView(field: "ratedBy", message: "Who rated must be 1,000 characters or fewer."))
        }
        let submission = EDSSubmission(year: year, ratings: ratings, evidence: evidence, ratedBy: ratedBy, networkTookPart: fields["network"] == "yes")
        return (submission, errors)
    }
}
