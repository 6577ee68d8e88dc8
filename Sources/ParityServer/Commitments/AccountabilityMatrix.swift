import Fluent
import Foundation
import ParityCore
import Vapor

/// The matrix's filters, from the query string: `?horizon=M&tag=WRES%209&status=red`.
struct AccountabilityFilter: Content {
    var horizon: String?
    var tag: String?
    var status: String?

    /// The filters with blanks dropped; an unknown horizon or status is a problem to report.
    func validated() throws -> (horizon: Horizon?, tag: String?, status: DeliveryStatus?) {
        let horizon = try Self.blankless(horizon).map { text in
            guard let value = Horizon(rawValue: text.uppercased()) else { throw ParityError.invalidInput("There is no horizon \(text); use S, M or L.") }
            return value
        }
        let status = try Self.blankless(status).map { text in
            guard let value = DeliveryStatus(rawValue: text) else {
                throw ParityError.invalidInput("There is no status \(text); use one of \(DeliveryStatus.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            return value
        }
        return (horizon, Self.blankless(tag), status)
    }

    /// The same filters as a query string for links ("?horizon=M"), or "" when none.
    var queryString: String {
        let pairs = [("horizon", horizon), ("tag", tag), ("status", status)].compactMap { name, value in
            Self.blankless(value).map { "\(name)=\($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0)" }
        }
        return pairs.isEmpty ? "" : "?" + pairs.joined(separator: "&")
    }

    private static func blankless(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespaces), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}

/// Recommendations × systems, each cell the commitment's derived status: the matrix page,
/// its CSV and `/api/v1/region/accountability` are all made from this one value.
struct AccountabilityMatrix {
    struct Row {
        var recommendationID: UUID
        var programme: String
        var title: String
        var level: String
        var span: HorizonSpan
        var tags: [String]
        /// By system code; a cell the status filter leaves out is absent.
        var cells: [String: AssessedCommitment]
    }

    var systems: [SystemEntry]
    var rows: [Row]
    /// Every tag any recommendation carries, for the filter.
    var allTags: [String]

    /// Reads the matrix as `viewer` may see it, filtered.
    static func load(database: Database, now: Date, filter: AccountabilityFilter, viewer: ([OrganisationEntry]) -> DisclosurePolicy) async throws -> AccountabilityMatrix {
        let wanted = try filter.validated()
        let recommendations = try await RecommendationRow.query(on: database)
            .join(ProgrammeRow.self, on: \RecommendationRow.$programme.$id == \ProgrammeRow.$id)
            .sort(ProgrammeRow.self, \.$start).sort(\.$position).all()
        let systems = try await StructureStore(database: database).structure(asAt: now).systems
        let commitments = Dictionary(grouping: try await CommitmentStore(database: database, now: now).assessed(viewer: viewer), by: \.recommendationID)
        var allTags = Set<String>()
        var rows: [Row] = []
        for recommendation in recommendations {
            let tags = CommitmentTags.decode(recommendation.tags)
            allTags.formUnion(tags)
            let span = HorizonSpan(recommendation.horizon) ?? HorizonSpan("M")!
            if let horizon = wanted.horizon, !(span.starts...span.completes).contains(horizon) { continue }
            if let tag = wanted.tag, !tags.contains(tag) { continue }
            var cells: [String: AssessedCommitment] = [:]
            for commitment in commitments[recommendation.id!] ?? [] where wanted.status.map({ commitment.status == $0 }) ?? true {
                cells[commitment.systemCode] = commitment
            }
            if wanted.status != nil, cells.isEmpty { continue }
            rows.append(Row(recommendationID: recommendation.id!, programme: try recommendation.joined(ProgrammeRow.self).name,
                            title: recommendation.title, level: recommendation.level, span: span, tags: tags, cells: cells))
        }
        return AccountabilityMatrix(systems: systems, rows: rows, allTags: allTags.sorted(by: Self.tagOrder))
    }

    /// "WRES 2" before "WRES 10": frameworks by name, then numbers by value.
    static func tagOrder(_ a: String, _ b: String) -> Bool {
        a.compare(b, options: .numeric) == .orderedAscending
    }
}
