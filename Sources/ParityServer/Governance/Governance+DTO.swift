import Foundation
import ParityCore
import Vapor

struct NewBodyDTO: Content {
    /// A system or organisation code; the path's scope when absent.
    var scope: String?
    var kind: String
    var name: String
    var purpose: String?
    var cadence: String?
    var termsOfReference: String?
    var bmeFirst: String?
}

struct NewMemberDTO: Content {
    var version: Int
    var name: String
    var role: String
    var represents: String?
    var representsSystem: String?
    var voting: String?
    var executive: String?
    var start: String
    var ethnicity: String
    var disability: String
    var consent: String?

    /// The member row to store, or a clear error. Declarations other than "not declared" are
    /// kept only when the person's consent is recorded.
    func validated(bodyID: UUID, now: Date) throws -> BodyMemberRow {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 200 else { throw ParityError.invalidInput("Enter the member's name (up to 200 characters).") }
        guard let role = MemberRole(rawValue: role) else { throw ParityError.invalidInput("Choose the member's role in the body.") }
        guard let start = DateInput.parse(start) else { throw ParityError.invalidInput("Enter the date the membership started as YYYY-MM-DD.") }
        guard let ethnicity = EthnicityDeclaration(rawValue: ethnicity), let disability = DisabilityDeclaration(rawValue: disability) else {
            throw ParityError.invalidInput("Choose an answer for ethnicity and for disability (\"not declared\" is an answer).")
        }
        let declares = ethnicity != .notDeclared || disability != .notDeclared
        if declares && consent != "yes" {
            throw ParityError.invalidInput("Ethnicity and disability are special-category data: record that the member consented, or choose \"not declared\".")
        }
        let row = BodyMemberRow()
        row.$body.id = bodyID
        (row.name, row.role, row.start, row.end) = (name, role.rawValue, start, nil)
        row.represents = represents.flatMap { $0.isEmpty ? nil : $0 }
        row.representsSystem = representsSystem.flatMap { $0.isEmpty ? nil : $0 }
        (row.isVoting, row.isExecutive) = (voting == "yes", executive == "yes")
        (row.ethnicity, row.disability) = (ethnicity.rawValue, disability.rawValue)
        row.consentRecordedAt = declares ? now : nil
        return row
    }
}

struct EndMembershipDTO: Content {
    var version: Int
    var end: String
}

struct StatusDTO: Content {
    var version: Int
    var status: String
    var since: String
}

struct PlanDTO: Content {
    var version: Int
    var start: String
    var targetDate: String
    var targetPercent: String
}
