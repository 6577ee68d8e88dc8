import Fluent
import Foundation

/// An integrated care system (or, in the demo, a fictional one).
final class SystemRow: Model, @unchecked Sendable {
    static let schema = "systems"

    @ID var id: UUID?
    @Field(key: "code") var code: String
    @Field(key: "name") var name: String

    init() {}

    init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}

/// An NHS trust or other employer that makes equality returns.
final class OrganisationRow: Model, @unchecked Sendable {
    static let schema = "organisations"

    @ID var id: UUID?
    @Field(key: "code") var code: String
    @Field(key: "name") var name: String
    @OptionalField(key: "kind") var kind: String?

    init() {}

    init(code: String, name: String, kind: String?) {
        self.code = code
        self.name = name
        self.kind = kind
    }
}

/// An organisation's membership of a system over a period. Membership changes over time
/// (trusts merge, systems are redrawn), so roll-ups for a year use the membership in force on
/// that year's snapshot date.
final class MembershipRow: Model, @unchecked Sendable {
    static let schema = "system_memberships"

    @ID var id: UUID?
    @Parent(key: "organisation_id") var organisation: OrganisationRow
    @Parent(key: "system_id") var system: SystemRow
    @Field(key: "valid_from") var validFrom: Date
    @OptionalField(key: "valid_to") var validTo: Date?

    init() {}

    init(organisationID: UUID, systemID: UUID, validFrom: Date, validTo: Date? = nil) {
        self.$organisation.id = organisationID
        self.$system.id = systemID
        self.validFrom = validFrom
        self.validTo = validTo
    }
}

/// Deployment-wide settings, such as the region's name and whether it is the demo region.
final class SettingRow: Model, @unchecked Sendable {
    static let schema = "settings"

    @ID(custom: "key", generatedBy: .user) var id: String?
    @Field(key: "value") var value: String

    init() {}

    init(key: String, value: String) {
        self.id = key
        self.value = value
    }
}
