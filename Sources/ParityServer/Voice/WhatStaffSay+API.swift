import ParityCore
import Vapor

/// `/api/v1/{region | systems/{code} | organisations/{code}}/what-staff-say`: the "what staff
/// say" tables as JSON. A count under 10 contributions, or one withheld so that it cannot be
/// worked out from its row's total, is `null`, as the page shows "fewer than 10".
struct WhatStaffSayAPI: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let api = routes.grouped("api", "v1")
        api.get("region", "what-staff-say") { try await document($0, scope: .region) }
        api.get("systems", ":code", "what-staff-say") { try await document($0, scope: .system(try $0.parameters.require("code"))) }
        api.get("organisations", ":code", "what-staff-say") { try await document($0, scope: .organisation(try $0.parameters.require("code"))) }
    }

    func document(_ req: Request, scope: PageScope) async throws -> Response {
        let (name, figures) = try await WhatStaffSayRoutes.figures(req, scope: scope)
        return try JSONResponse.make(.object([
            "scope": .string(scope.kind),
            "code": .string(scope.code),
            "name": .string(name),
            "disclosure_rule": .string(VoicePublication.rule + " Hidden counts are null."),
            "contributions": Self.count(figures.contributions),
            "periods": .array(figures.periods.map(JSONValue.string)),
            "recent_by_theme": .object(Dictionary(uniqueKeysWithValues: VoiceTheme.allCases.map { ($0.rawValue, Self.count(figures.recentTotals[$0])) })),
            "tables": .array(figures.tables.map { table in
                .object([
                    "id": .string(table.id), "caption": .string(table.caption), "row_heading": .string(table.rowHeading),
                    "columns": .array(table.breakdown.columns.map(JSONValue.string)),
                    "rows": .array(table.breakdown.rows.enumerated().map { index, label in
                        .object(["label": .string(label), "cells": .array(table.breakdown.cells[index].map { Self.count($0) }),
                                 "total": Self.count(table.breakdown.rowTotals[index])])
                    }),
                ])
            }),
        ]))
    }

    private static func count(_ count: VoiceCount?) -> JSONValue {
        if case let .shown(value)? = count { return .integer(value) }
        return .null
    }
}
