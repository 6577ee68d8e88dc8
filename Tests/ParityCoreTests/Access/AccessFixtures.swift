@testable import ParityCore

/// The people and places the access tests walk: systems S1 and S2, organisation O1 in S1 and O2
/// in S2, and each role over a representative scope of its kind.
enum AccessFixtures {
    static let regionalAdmin = Actor(grants: [RoleGrant(role: .regionalAdmin, scope: .region)])
    static let panelMember = Actor(grants: [RoleGrant(role: .panelMember, scope: .region)])
    static let systemLeadS1 = Actor(grants: [RoleGrant(role: .systemLead, scope: .system("S1"))])
    static let dataLeadO1 = Actor(grants: [RoleGrant(role: .organisationDataLead, scope: .organisation("O1"))])
    static let networkLeadS1 = Actor(grants: [RoleGrant(role: .staffNetworkLead, scope: .system("S1"))])

    static let actors: [String: Actor] = [
        "regional admin": regionalAdmin,
        "panel member": panelMember,
        "system lead S1": systemLeadS1,
        "data lead O1": dataLeadO1,
        "network lead S1": networkLeadS1,
        "anonymous": .anonymous,
    ]

    static let o1: Resource = .organisation(code: "O1", systemCode: "S1")
    static let o2: Resource = .organisation(code: "O2", systemCode: "S2")

    /// The columns of the expected matrix, in order.
    static let resources: [Resource] = [.region, .system(code: "S1"), .system(code: "S2"), o1, o2, .account]
}
