import Fluent
import Foundation

/// A governance body: the regional People Board, the Race Equality & Inclusion Panel, the
/// ED&I subgroup, a system's People Board, ED&I sub-committee or staff network, or an
/// organisation's board.
final class BodyRow: Model, @unchecked Sendable {
    static let schema = "bodies"

    @ID var id: UUID?
    @Field(key: "kind") var kind: String
    @Field(key: "level") var level: String
    @OptionalField(key: "scope_code") var scopeCode: String?
    @Field(key: "name") var name: String
    @Field(key: "purpose") var purpose: String
    @OptionalField(key: "terms_of_reference_url") var termsOfReferenceURL: String?
    @Field(key: "meeting_cadence") var meetingCadence: String
    @Field(key: "status") var status: String
    @Field(key: "status_since") var statusSince: Date
    @Field(key: "is_bme_first_network") var isBMEFirstNetwork: Bool
    @Field(key: "version") var version: Int
    @Children(for: \.$body) var members: [BodyMemberRow]
    @OptionalChild(for: \.$body) var plan: RepresentationPlanRow?

    init() {}
}

/// A person's membership of a body. Ethnicity and disability are self-declared, optional,
/// stored only with recorded consent, and only ever shown as the body's aggregate composition.
final class BodyMemberRow: Model, @unchecked Sendable {
    static let schema = "body_members"

    @ID var id: UUID?
    @Parent(key: "body_id") var body: BodyRow
    @Field(key: "name") var name: String
    @Field(key: "role") var role: String
    @OptionalField(key: "represents") var represents: String?
    @OptionalField(key: "represents_system") var representsSystem: String?
    @Field(key: "is_voting") var isVoting: Bool
    @Field(key: "is_executive") var isExecutive: Bool
    @Field(key: "start") var start: Date
    @OptionalField(key: "end") var end: Date?
    @Field(key: "ethnicity") var ethnicity: String
    @Field(key: "disability") var disability: String
    @OptionalField(key: "consent_recorded_at") var consentRecordedAt: Date?

    init() {}
}

/// A body's plan to become representative: a target BME share by a target date.
final class RepresentationPlanRow: Model, @unchecked Sendable {
    static let schema = "representation_plans"

    @ID var id: UUID?
    @Parent(key: "body_id") var body: BodyRow
    @Field(key: "start") var start: Date
    @Field(key: "target_date") var targetDate: Date
    @Field(key: "start_percent") var startPercent: Double
    @Field(key: "target_percent") var targetPercent: Double

    init() {}
}

/// Population reference data (e.g. Census 2021 ethnic group by area), imported, never invented.
final class PopulationRecordRow: Model, @unchecked Sendable {
    static let schema = "population_records"

    @ID var id: UUID?
    @Field(key: "area_code") var areaCode: String
    @Field(key: "area_name") var areaName: String
    @Field(key: "group") var group: String
    @Field(key: "count") var count: Int
    @Field(key: "source") var source: String

    init() {}
}

/// Which areas a system (or organisation, or the region) serves.
final class AreaLinkRow: Model, @unchecked Sendable {
    static let schema = "area_links"

    @ID var id: UUID?
    @Field(key: "scope_code") var scopeCode: String
    @Field(key: "area_code") var areaCode: String

    init() {}

    init(scopeCode: String, areaCode: String) {
        self.scopeCode = scopeCode
        self.areaCode = areaCode
    }
}
