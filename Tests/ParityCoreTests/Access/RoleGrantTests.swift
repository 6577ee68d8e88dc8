import Foundation
import Testing
@testable import ParityCore

@Suite("Role grants")
struct RoleGrantTests {
    @Test(arguments: [
        (Role.regionalAdmin, AccessScope.region, true),
        (.regionalAdmin, .system("S1"), false),
        (.regionalAdmin, .organisation("O1"), false),
        (.panelMember, .region, true),
        (.panelMember, .system("S1"), false),
        (.panelMember, .organisation("O1"), false),
        (.systemLead, .region, false),
        (.systemLead, .system("S1"), true),
        (.systemLead, .organisation("O1"), false),
        (.organisationDataLead, .region, false),
        (.organisationDataLead, .system("S1"), false),
        (.organisationDataLead, .organisation("O1"), true),
        (.staffNetworkLead, .region, false),
        (.staffNetworkLead, .system("S1"), true),
        (.staffNetworkLead, .organisation("O1"), false),
    ])
    func validity(role: Role, scope: AccessScope, valid: Bool) {
        #expect(RoleGrant(role: role, scope: scope).isValid == valid)
    }

    @Test(arguments: [
        (Role.regionalAdmin, "regional-admin", "Regional admin"),
        (.panelMember, "panel-member", "Panel member"),
        (.systemLead, "system-lead", "System lead (Director of ED&I)"),
        (.organisationDataLead, "organisation-data-lead", "Organisation data lead"),
        (.staffNetworkLead, "staff-network-lead", "Staff network lead"),
    ])
    func roleNames(role: Role, rawValue: String, label: String) {
        #expect(role.rawValue == rawValue)
        #expect(role.label == label)
    }

    @Test(arguments: [
        (AccessScope.region, "region", "Whole region"),
        (.system("QWE"), "system:QWE", "System QWE"),
        (.organisation("RXX"), "organisation:RXX", "Organisation RXX"),
    ])
    func scopeText(scope: AccessScope, rawValue: String, label: String) {
        #expect(scope.rawValue == rawValue)
        #expect(scope.label == label)
        #expect(AccessScope(rawValue: rawValue) == scope)
    }

    @Test(arguments: ["", "Region", "system", "system:", "trust:RXX", "organisation"])
    func scopeTextRejectsNonsense(text: String) {
        #expect(AccessScope(rawValue: text) == nil)
    }

    @Test func grantCodesAsTwoStrings() throws {
        let grant = RoleGrant(role: .systemLead, scope: .system("QWE"))
        let json = try JSONEncoder().encode(grant)
        let object = try #require(JSONSerialization.jsonObject(with: json) as? [String: String])
        #expect(object == ["role": "system-lead", "scope": "system:QWE"])
        #expect(try JSONDecoder().decode(RoleGrant.self, from: json) == grant)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(RoleGrant.self, from: Data(#"{"role":"system-lead","scope":"trust:X"}"#.utf8))
        }
    }
}
