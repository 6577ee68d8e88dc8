import Fluent
import ParityCore
import Vapor

/// `/api/v1/commitments` (filters `system`, `status`, `escalated`), `/api/v1/commitments/{id}`
/// and `/api/v1/region/accountability` (the matrix, with the matrix page's filters).
struct CommitmentAPI: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let api = routes.grouped("api", "v1")
        api.get("commitments", use: list)
        api.get("commitments", ":id", use: detail)
        api.get("region", "accountability", use: matrix)
    }

    struct ListQuery: Content {
        var system: String?
        var status: String?
        var escalated: Bool?
    }

    func list(req: Request) async throws -> Response {
        let query = try req.query.decode(ListQuery.self)
        let status = try query.status.flatMap { $0.isEmpty ? nil : $0 }.map { text in
            guard let status = DeliveryStatus(rawValue: text) else {
                throw ParityError.invalidInput("There is no status \(text); use one of \(DeliveryStatus.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            return status
        }
        let systems = query.system.flatMap { $0.isEmpty ? nil : Set([$0]) }
        let commitments = try await CommitmentStore(database: req.db, now: req.now).assessed(systems: systems) { req.disclosurePolicy(forOrganisations: $0) }
            .filter { c in (status.map { c.status == $0 } ?? true) && (query.escalated.map { c.status.isEscalated == $0 } ?? true) }
        return try JSONResponse.make(CommitmentDocument.list(commitments, today: req.now))
    }

    func detail(req: Request) async throws -> Response {
        let id = try CommitmentRoutes.id(req)
        let commitment = try await CommitmentStore(database: req.db, now: req.now).assessed(id: id) { req.disclosurePolicy(forOrganisations: $0) }
        let updates = try await ProgressUpdateRow.query(on: req.db).filter(\.$commitment.$id == id).sort(\.$postedAt, .descending).all()
        let comments = try await PanelCommentRow.query(on: req.db).filter(\.$commitment.$id == id).sort(\.$postedAt, .descending).all()
        return try JSONResponse.make(CommitmentDocument.detail(commitment, updates: updates, comments: comments, today: req.now))
    }

    func matrix(req: Request) async throws -> Response {
        let filter = try req.query.decode(AccountabilityFilter.self)
        let matrix = try await AccountabilityMatrix.load(database: req.db, now: req.now, filter: filter) { req.disclosurePolicy(forOrganisations: $0) }
        return try JSONResponse.make(CommitmentDocument.matrix(matrix, today: req.now))
    }
}
