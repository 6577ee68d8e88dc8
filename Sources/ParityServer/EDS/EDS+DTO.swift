import ParityCore

/// The JSON of `/api/v1/{organisations|systems}/{code}/eds/{year}` and `/api/v1/region/eds/{year}`.
enum EDSDocument {
    static func record(_ record: EDSRecord) -> JSONValue {
        .object([
            "scope": .string(record.scope.kind),
            "code": .string(record.scope.code),
            "year": .integer(record.year),
            "ratings": .object(Dictionary(uniqueKeysWithValues: record.assessment.ratings.map { ($0.key.rawValue, JSONValue.integer($0.value.rawValue)) })),
            "evidence": .object(Dictionary(uniqueKeysWithValues: record.evidence.map { ($0.key.rawValue, JSONValue.string($0.value)) })),
            "domain_scores": .object(Dictionary(uniqueKeysWithValues: record.assessment.domainScores.map { ("\($0.key.rawValue)", JSONValue.integer($0.value)) })),
            "total": .integer(record.assessment.total),
            "maximum": .integer(EDSAssessment.maximumScore),
            "band": .string(record.assessment.band.label),
            "rated_by": .string(record.ratedBy),
            "staff_network_took_part": .bool(record.networkTookPart),
        ])
    }

    static func region(year: Int, records: [EDSRecord]) -> JSONValue {
        .object([
            "year": .integer(year),
            "bands": .string(EDSSettings.bands.ruleDescription),
            "assessments": .array(records.sorted { ($0.scope.kind, $0.scope.code) < ($1.scope.kind, $1.scope.code) }.map(record)),
        ])
    }
}
