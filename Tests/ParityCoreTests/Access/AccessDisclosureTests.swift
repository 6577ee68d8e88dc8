import Testing
@testable import ParityCore

@Suite("Disclosure by access")
struct AccessDisclosureTests {
    typealias Pool = [(code: String, systemCode: String?)]

    static let o1: Pool = [("O1", "S1")]
    static let s1: Pool = [("O1", "S1"), ("O3", "S1")]
    static let mixed: Pool = [("O1", "S1"), ("O2", "S2")]
    static let orphan: Pool = [("O9", nil)]

    @Test(arguments: [
        ("regional admin", mixed, true),
        ("regional admin", orphan, true),
        ("panel member", mixed, true),
        ("system lead S1", s1, true),
        ("system lead S1", mixed, false),
        ("system lead S1", orphan, false),
        ("data lead O1", o1, true),
        ("data lead O1", s1, false),
        ("network lead S1", o1, false),
        ("anonymous", o1, false),
        ("regional admin", [], false),
    ] as [(String, Pool, Bool)])
    func unrestrictedOnlyWhenEveryOrganisationIsReadable(who: String, pool: Pool, unrestricted: Bool) throws {
        let actor = try #require(AccessFixtures.actors[who])
        let policy = AccessPolicy.disclosure(for: actor, organisations: pool)
        #expect(policy == (unrestricted ? .unrestricted : .publicRelease))
    }
}
