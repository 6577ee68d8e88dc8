import ParityCore

/// The JSON document of `/api/v1/…/model-employer/{year}`: suppressed counts and withheld
/// figures are `null`, so a client can tell them from zero.
enum ModelEmployerDocument {
    static func make(_ published: PublishedModelEmployer, scope: String, code: String?, name: String) -> JSONValue {
        .object([
            "scope": .string(scope),
            "code": .string(code),
            "name": .string(name),
            "year": .integer(published.year),
            "baseline_year": .integer(published.baselineYear),
            "aspiration_year": .integer(ModelEmployer.aspirationYear),
            "disclosure": .string(published.isUnrestricted ? "unrestricted" : "public"),
            "overall": .object([
                "bme_count": .integer(published.overallBME.value),
                "headcount": .integer(published.overallTotal.value),
                "bme_percent": .number(published.targetPercent),
            ]),
            "bands": .array(published.bands.map(band)),
        ])
    }

    private static func band(_ band: PublishedModelEmployer.Band) -> JSONValue {
        .object([
            "band": .string(band.band.rawValue),
            "label": .string(band.band.label),
            "bme_count": .integer(band.bme.value),
            "headcount": .integer(band.total.value),
            "bme_percent": .number(band.actualPercent),
            "goal_percent": .number(band.goalPercent),
            "goal_headcount": .integer(band.goalHeadcount),
            "gap": .integer(band.gap),
            "on_track": band.onTrack.map(JSONValue.bool) ?? .null,
            "sentence": .string(band.sentence),
            "path": .array(band.path.map {
                .object(["year": .integer($0.year), "bme_percent": .number($0.actualPercent), "goal_percent": .number($0.goalPercent)])
            }),
        ])
    }
}
