import Fluent
import ParityCore
import Vapor

/// `/api/v1/bodies`, `/api/v1/bodies/{id}` and `/api/v1/region/maturity`. Members appear with
/// name, role and dates; ethnicity and disability only ever as the body's aggregate.
struct GovernanceAPI: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let api = routes.grouped("api", "v1")
        api.get("bodies", use: list)
        api.get("bodies", ":id", use: one)
        api.get("region", "maturity", use: maturity)
    }

    func list(req: Request) async throws -> Response {
        var bodies: [JSONValue] = []
        for row in try await GovernanceStore(database: req.db).bodies() {
            bodies.append(try await document(row, req: req, withMembers: false))
        }
        return try JSONResponse.make(.object(["bodies": .array(bodies)]))
    }

    func one(req: Request) async throws -> Response {
        let row = try await GovernanceStore(database: req.db).body(id: try req.parameters.require("id", as: UUID.self))
        return try JSONResponse.make(try await document(row, req: req, withMembers: true))
    }

    func maturity(req: Request) async throws -> Response {
        let matrix = try await req.regionMaturity()
        func cells(_ cells: [MaturityCell], systemCode: String?) -> JSONValue {
            let showsFigures = req.showsGovernanceFigures(systemCode: systemCode)
            return .array(cells.map {
                .object(["criterion": .string($0.criterion.rawValue), "state": .string($0.state.rawValue),
                         "text": .string(MaturityCellView($0, showsFigures: showsFigures).text),
                         "evidence_body_id": .string($0.evidenceBodyID)])
            })
        }
        return try JSONResponse.make(.object([
            "region": cells(matrix.region, systemCode: nil),
            "systems": .array(matrix.systems.map { system, list in
                .object(["code": .string(system.code), "name": .string(system.name), "cells": cells(list, systemCode: system.code)])
            }),
        ]))
    }

    private func document(_ row: BodyRow, req: Request, withMembers: Bool) async throws -> JSONValue {
        let policy = try await BodyPageBuilder.policy(for: row, req: req)
        let published = PublishedComposition(Composition.of(row.members.compactMap(GovernanceStore.membership), on: req.now), policy: policy)
        func count(_ value: DisclosedCount) -> JSONValue { value.value.map(JSONValue.integer) ?? .null }
        var object: [String: JSONValue] = [
            "id": .string(row.id!.uuidString), "name": .string(row.name), "kind": .string(row.kind), "level": .string(row.level),
            "scope_code": .string(row.scopeCode), "status": .string(row.status), "status_since": .string(DateInput.format(row.statusSince)),
            "composition": .object([
                "members_in_post": count(published.total), "white": count(published.white), "bme": count(published.bme),
                "unknown": count(published.unknown), "disabled": count(published.disabled),
                "bme_percent": .number(published.bmePercent), "disabled_percent": .number(published.disabledPercent),
                "disclosure": .string(policy.isUnrestricted ? "unrestricted" : "public"),
            ]),
        ]
        if withMembers {
            object["members"] = .array(row.members.sorted { $0.start < $1.start }.map {
                .object(["name": .string($0.name), "role": .string($0.role), "represents": .string($0.represents),
                         "voting": .bool($0.isVoting), "executive": .bool($0.isExecutive),
                         "start": .string(DateInput.format($0.start)), "end": .string($0.end.map(DateInput.format))])
            })
        }
        return .object(object)
    }
}
