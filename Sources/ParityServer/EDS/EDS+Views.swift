import ParityCore

/// `/organisations/{code}/eds` and `/systems/{code}/eds`: the trend, one year in detail and,
/// for those who may record it, the form.
struct EDSPageView: Encodable {
    var chrome: PageChrome
    var scope: String
    var name: String
    var code: String
    var year: Int
    var trend: [EDSTrendRowView]
    var detail: EDSDetailView?
    var canEdit: Bool
    var form: EDSFormView
    var errors: [FieldErrorView]
    var action: String
    var apiHref: String
    var regionHref: String
    var bandRule: String
}

struct EDSTrendRowView: Encodable {
    var year: Int
    var href: String
    var domains: [String]
    var total: String
    var band: String
    var network: String

    init(_ record: EDSRecord) {
        year = record.year
        href = record.scope.pageHref + "?year=\(record.year)"
        domains = EDSDomain.allCases.map { "\(record.assessment.domainScores[$0] ?? 0) of \($0.maximumScore)" }
        total = "\(record.assessment.total) of \(EDSAssessment.maximumScore)"
        band = record.assessment.band.label
        network = record.networkTookPart ? "Yes" : "No"
    }
}

struct EDSDetailView: Encodable {
    struct Outcome: Encodable {
        var code: String
        var title: String
        var rating: String
        var evidence: String
    }

    struct Domain: Encodable {
        var title: String
        var score: String
        var outcomes: [Outcome]
    }

    var domains: [Domain]
    var total: String
    var band: String
    var ratedBy: String
    var network: String
    var recorded: String

    init(_ record: EDSRecord) {
        domains = EDSDomain.allCases.map { domain in
            Domain(title: domain.title, score: "\(record.assessment.domainScores[domain] ?? 0) of \(domain.maximumScore)",
                   outcomes: domain.outcomes.map { outcome in
                       let rating = record.assessment.ratings[outcome]!
                       return Outcome(code: outcome.rawValue, title: outcome.title, rating: "\(rating.rawValue) \(rating.label)",
                                      evidence: record.evidence[outcome] ?? "No evidence note.")
                   })
        }
        total = "\(record.assessment.total) of \(EDSAssessment.maximumScore)"
        band = record.assessment.band.label
        ratedBy = record.ratedBy
        network = record.networkTookPart ? "The staff network took part in the rating." : "The staff network did not take part in the rating."
        recorded = "Recorded by \(record.recordedBy) on \(DisplayDate.date(record.recordedAt))."
    }
}

struct EDSFormView: Encodable {
    struct Option: Encodable {
        var value: Int
        var label: String
        var selected: Bool
    }

    struct Field: Encodable {
        var code: String
        var title: String
        var options: [Option]
        var evidence: String
    }

    struct Domain: Encodable {
        var title: String
        var fields: [Field]
    }

    var year: Int
    var domains: [Domain]
    var ratedBy: String
    var networkTookPart: Bool

    /// The form filled with `submission` (what was sent, or what is stored), or empty.
    init(year: Int, submission: EDSSubmission?) {
        self.year = year
        domains = EDSDomain.allCases.map { domain in
            Domain(title: domain.title, fields: domain.outcomes.map { outcome in
                let chosen = submission?.ratings[outcome.rawValue]
                return Field(code: outcome.rawValue, title: outcome.title,
                             options: EDSRating.allCases.map { Option(value: $0.rawValue, label: $0.label, selected: $0.rawValue == chosen) },
                             evidence: submission?.evidence[outcome.rawValue] ?? "")
            })
        }
        ratedBy = submission?.ratedBy ?? ""
        networkTookPart = submission?.networkTookPart ?? false
    }
}

extension EDSRecord {
    var submission: EDSSubmission {
        EDSSubmission(year: year, ratings: Dictionary(uniqueKeysWithValues: assessment.ratings.map { ($0.key.rawValue, $0.value.rawValue) }),
                      evidence: Dictionary(uniqueKeysWithValues: evidence.map { ($0.key.rawValue, $0.value) }),
                      ratedBy: ratedBy, networkTookPart: networkTookPart)
    }
}

/// `/eds?year=`: every organisation's and system's ratings for one year.
struct EDSRegionPageView: Encodable {
    struct Row: Encodable {
        var name: String
        var kind: String
        var href: String
        var ratings: [String]
        var domains: [String]
        var total: String
        var band: String
        var network: String
    }

    var chrome: PageChrome
    var year: Int
    var years: [YearOptionView]
    var outcomes: [String]
    var rows: [Row]
    var recorded: Int
    var apiHref: String
    var bandRule: String
}

extension EDSBands {
    /// The bands in words, for the page to say which rule it applied.
    var ruleDescription: String {
        "Bands of the total out of \(EDSAssessment.maximumScore): Undeveloped below \(developingFrom), Developing \(developingFrom)–\(achievingFrom - 1), "
            + "Achieving \(achievingFrom)–\(excellingAt - 1), Excelling \(excellingAt) and above (project default; published guidance varies)."
    }
}
