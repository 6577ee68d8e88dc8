import Testing
@testable import ParityCore

@Suite("Access policy")
struct AccessPolicyTests {
    typealias F = AccessFixtures

    @Test(arguments: [
        (F.dataLeadO1, Action.importReturn, F.o2,
         "Only the organisation data leads of O2 and regional admins may import returns for O2."),
        (F.systemLeadS1, .readUnsuppressed, F.o2,
         "Only the organisation data leads of O2, the system lead of S2, Race Equality & Inclusion Panel members "
            + "and regional admins may see unsuppressed figures for O2. Published figures are open to everyone."),
        (F.networkLeadS1, .moderateStaffVoice, .system(code: "S2"),
         "Only the system lead of S2, the staff network leads of S2 and regional admins may moderate staff voice for S2."),
        (F.systemLeadS1, .importReturn, F.o1,
         "Only the organisation data leads of O1 and regional admins may import returns for O1."),
        (F.panelMember, .manageUsers, .region, "Only regional admins may manage users for the region."),
        (F.dataLeadO1, .browseAudit, .region,
         "Only Race Equality & Inclusion Panel members and regional admins may browse the audit log for the region."),
        (.anonymous, .manageUsers, .region, "Sign in first: only regional admins may manage users for the region."),
        (.anonymous, .readUnsuppressed, F.o1,
         "Sign in first: only the organisation data leads of O1, the system lead of S1, Race Equality & Inclusion "
            + "Panel members and regional admins may see unsuppressed figures for O1. Published figures are open to everyone."),
        (.anonymous, .manageOwnTokens, .account, "Sign in first."),
        (.anonymous, .importReturn, .account, "Sign in first."),
        (F.panelMember, .manageOwnTokens, .region, "API tokens are managed from your own account, not from the region."),
        (F.regionalAdmin, .manageOwnTokens, F.o1, "API tokens are managed from your own account, not from O1."),
        (F.regionalAdmin, .importReturn, .account,
         "Your account is for your API tokens; to import returns, choose the region, a system or an organisation."),
    ] as [(Actor, Action, Resource, String)])
    func reasonSaysWhoMay(actor: Actor, action: Action, resource: Resource, reason: String) {
        #expect(AccessPolicy.decide(actor, action, resource) == .denied(reason))
    }

    @Test func organisationOutsideAnySystemIsOnlyItsOwnAndTheRegions() {
        // given an organisation recorded with no system
        let orphan = Resource.organisation(code: "O9", systemCode: nil)
        let ownLead = Actor(grants: [RoleGrant(role: .organisationDataLead, scope: .organisation("O9"))])
        // then no system grant contains it, and the reason names no system lead
        #expect(!AccessPolicy.decide(F.systemLeadS1, .readUnsuppressed, orphan).isAllowed)
        #expect(!AccessPolicy.decide(F.networkLeadS1, .moderateStaffVoice, orphan).isAllowed)
        #expect(AccessPolicy.decide(ownLead, .importReturn, orphan).isAllowed)
        #expect(AccessPolicy.decide(F.regionalAdmin, .signOffReturn, orphan).isAllowed)
        #expect(AccessPolicy.decide(F.panelMember, .readUnsuppressed, orphan).isAllowed)
        #expect(AccessPolicy.decide(F.systemLeadS1, .readUnsuppressed, orphan) == .denied(
            "Only the organisation data leads of O9, Race Equality & Inclusion Panel members and regional admins "
                + "may see unsuppressed figures for O9. Published figures are open to everyone."))
    }

    @Test func dataLeadScopeIsTheOrganisationCodeWhateverItsSystem() {
        #expect(AccessPolicy.decide(F.dataLeadO1, .importReturn, .organisation(code: "O1", systemCode: nil)).isAllowed)
        #expect(!AccessPolicy.decide(F.dataLeadO1, .importReturn, .organisation(code: "O11", systemCode: "S1")).isAllowed)
    }

    @Test(arguments: [
        (Action.importReturn, F.o1, true),
        (.signOffReturn, F.o1, true),
        (.readUnsuppressed, F.o1, true),
        (.moderateStaffVoice, .system(code: "S2"), true),
        (.recordNetworkInvolvement, F.o2, true),
        (.moderateStaffVoice, .system(code: "S1"), false),
        (.readUnsuppressed, F.o2, false),
        (.readUnsuppressed, .system(code: "S2"), false),
        (.importReturn, F.o2, false),
        (.manageCommitments, .system(code: "S2"), false),
    ] as [(Action, Resource, Bool)])
    func grantsCombine(action: Action, resource: Resource, allowed: Bool) {
        // given a data lead of O1 who also leads S2's staff network
        let actor = Actor(grants: [
            RoleGrant(role: .organisationDataLead, scope: .organisation("O1")),
            RoleGrant(role: .staffNetworkLead, scope: .system("S2")),
        ])
        // then either grant is enough
        #expect(AccessPolicy.decide(actor, action, resource).isAllowed == allowed)
    }

    @Test func systemLeadOfTwoSystemsCoversBoth() {
        let actor = Actor(grants: [
            RoleGrant(role: .systemLead, scope: .system("S1")),
            RoleGrant(role: .systemLead, scope: .system("S2")),
        ])
        for resource in [Resource.system(code: "S1"), .system(code: "S2"), F.o1, F.o2] {
            #expect(AccessPolicy.decide(actor, .manageGovernance, resource).isAllowed)
        }
        #expect(!AccessPolicy.decide(actor, .manageGovernance, .region).isAllowed)
        #expect(!AccessPolicy.decide(actor, .manageGovernance, .system(code: "S3")).isAllowed)
    }

    static let invalidGrants: [RoleGrant] = [
        RoleGrant(role: .regionalAdmin, scope: .system("S1")),
        RoleGrant(role: .regionalAdmin, scope: .organisation("O1")),
        RoleGrant(role: .panelMember, scope: .system("S1")),
        RoleGrant(role: .panelMember, scope: .organisation("O1")),
        RoleGrant(role: .systemLead, scope: .region),
        RoleGrant(role: .systemLead, scope: .organisation("O1")),
        RoleGrant(role: .organisationDataLead, scope: .region),
        RoleGrant(role: .organisationDataLead, scope: .system("S1")),
        RoleGrant(role: .staffNetworkLead, scope: .region),
        RoleGrant(role: .staffNetworkLead, scope: .organisation("O1")),
    ]

    @Test(arguments: invalidGrants)
    func invalidGrantAllowsNothingBeyondSigningIn(grant: RoleGrant) {
        // given a signed-in person whose only grant has the wrong kind of scope
        let actor = Actor(grants: [grant])
        #expect(!grant.isValid)
        // then only what every signed-in person may do is allowed
        for action in Action.allCases {
            for resource in F.resources {
                let everyone = action == .readPublished || (action == .manageOwnTokens && resource == .account)
                #expect(AccessPolicy.decide(actor, action, resource).isAllowed == everyone, "\(action) \(resource)")
            }
        }
    }

    @Test func signedInWithoutRolesStillManagesOwnTokens() {
        let actor = Actor(grants: [])
        #expect(actor.isSignedIn)
        #expect(!Actor.anonymous.isSignedIn)
        #expect(AccessPolicy.decide(actor, .manageOwnTokens, .account).isAllowed)
        #expect(!AccessPolicy.decide(actor, .readUnsuppressed, F.o1).isAllowed)
    }
}
