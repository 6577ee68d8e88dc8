import Testing
@testable import ParityCore

@Suite("Invitations")
struct AccessInvitationTests {
    typealias F = AccessFixtures

    static let dataLeadO1 = RoleGrant(role: .organisationDataLead, scope: .organisation("O1"))
    static let dataLeadO2 = RoleGrant(role: .organisationDataLead, scope: .organisation("O2"))
    static let systemLeadS1 = RoleGrant(role: .systemLead, scope: .system("S1"))
    static let systemLeadS2 = RoleGrant(role: .systemLead, scope: .system("S2"))
    static let networkLeadS1 = RoleGrant(role: .staffNetworkLead, scope: .system("S1"))
    static let networkLeadS2 = RoleGrant(role: .staffNetworkLead, scope: .system("S2"))
    static let panel = RoleGrant(role: .panelMember, scope: .region)
    static let admin = RoleGrant(role: .regionalAdmin, scope: .region)

    @Test(arguments: [
        // regional admin: any valid grant
        ("regional admin", admin, nil, true),
        ("regional admin", panel, nil, true),
        ("regional admin", systemLeadS2, nil, true),
        ("regional admin", dataLeadO2, "S2", true),
        ("regional admin", dataLeadO2, nil, true),
        // system lead of S1: data leads in S1, system and network leads of S1
        ("system lead S1", dataLeadO1, "S1", true),
        ("system lead S1", dataLeadO2, "S2", false),
        ("system lead S1", dataLeadO1, nil, false),
        ("system lead S1", systemLeadS1, nil, true),
        ("system lead S1", networkLeadS1, nil, true),
        ("system lead S1", systemLeadS2, nil, false),
        ("system lead S1", networkLeadS2, nil, false),
        ("system lead S1", panel, nil, false),
        ("system lead S1", admin, nil, false),
        // nobody else invites
        ("panel member", dataLeadO1, "S1", false),
        ("data lead O1", dataLeadO1, "S1", false),
        ("network lead S1", networkLeadS1, nil, false),
        ("anonymous", dataLeadO1, "S1", false),
    ] as [(String, RoleGrant, String?, Bool)])
    func whoMayGiveWhat(who: String, grant: RoleGrant, organisationSystem: String?, allowed: Bool) throws {
        let actor = try #require(F.actors[who])
        #expect(AccessPolicy.mayGrant(actor, grant, organisationSystem: organisationSystem).isAllowed == allowed)
    }

    @Test(arguments: [
        (F.regionalAdmin, RoleGrant(role: .panelMember, scope: .system("S1")), nil,
         "Panel member is a role over the whole region, not over system S1."),
        (F.systemLeadS1, RoleGrant(role: .staffNetworkLead, scope: .organisation("O1")), "S1",
         "Staff network lead is a role over one system, not over organisation O1."),
        (F.systemLeadS1, dataLeadO2, "S2",
         "As system lead of S1 you may invite data leads of organisations in S1, and system leads or staff network "
            + "leads of S1; only a regional admin may make someone Organisation data lead for organisation O2."),
        (F.panelMember, dataLeadO1, "S1", "Only regional admins, and system leads for their own system, may invite people."),
        (.anonymous, dataLeadO1, "S1", "Sign in first."),
    ] as [(Actor, RoleGrant, String?, String)])
    func refusalSaysWhy(actor: Actor, grant: RoleGrant, organisationSystem: String?, reason: String) {
        #expect(AccessPolicy.mayGrant(actor, grant, organisationSystem: organisationSystem) == .denied(reason))
    }

    @Test func invalidGrantOfASystemLeadDoesNotLetThemInvite() {
        let actor = Actor(grants: [RoleGrant(role: .systemLead, scope: .organisation("O1"))])
        #expect(!AccessPolicy.mayGrant(actor, Self.dataLeadO1, organisationSystem: "S1").isAllowed)
    }

    @Test func systemLeadOfTwoSystemsInvitesForEither() {
        let actor = Actor(grants: [Self.systemLeadS1, Self.systemLeadS2])
        #expect(AccessPolicy.mayGrant(actor, Self.dataLeadO2, organisationSystem: "S2").isAllowed)
        #expect(AccessPolicy.mayGrant(actor, Self.networkLeadS1, organisationSystem: nil).isAllowed)
        #expect(!AccessPolicy.mayGrant(actor, RoleGrant(role: .systemLead, scope: .system("S3")), organisationSystem: nil).isAllowed)
    }

    @Test(arguments: [
        ("regional admin", [Role.organisationDataLead, .staffNetworkLead, .panelMember, .systemLead, .regionalAdmin]),
        ("system lead S1", [Role.organisationDataLead, .staffNetworkLead, .systemLead]),
        ("panel member", []),
        ("data lead O1", []),
        ("network lead S1", []),
        ("anonymous", []),
    ] as [(String, [Role])])
    func theRolesOfferedAreThoseThatMayBeGivenLeastPrivilegedFirst(who: String, roles: [Role]) throws {
        let actor = try #require(F.actors[who])
        #expect(AccessPolicy.grantableRoles(actor) == roles)
    }
}
