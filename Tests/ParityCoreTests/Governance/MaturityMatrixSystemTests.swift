import Foundation
import Testing
@testable import ParityCore

struct MaturityMatrixSystemTests {
    typealias F = GovernanceFixture

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var bodies: [BodySnapshot] = []
        var population: Double? = 24.5
        var involvement: InvolvementShare? = nil
        var plan: RepresentationPlan? = nil
        var criterion: MaturityCriterion
        var state: MaturityState
        var text: String
        var evidence: String? = nil
        var testDescription: String { name }
    }

    static let director = F.member(.bme, role: .directorOfEDI, start: F.day(2025, 6, 1))
    /// 12 members, 1 BME: 8.3% against 24.5%.
    static let farBoard = F.body("pb", .peopleBoard, members: F.members(bme: 1, white: 11))
    /// 20 members, 4 BME: 20.0%, 4.5 points below 24.5%.
    static let nearBoard = F.body("pb", .peopleBoard, members: F.members(bme: 4, white: 16))
    /// From 10% on 1 January to 24.5% on 31 December 2025: 17.25% expected on 2 July.
    static let plan = RepresentationPlan(start: F.day(2025, 1, 1), targetDate: F.day(2025, 12, 31), startPercent: 10, targetPercent: 24.5)

    static let directorCases: [Case] = [
        Case(name: "no director", bodies: [farBoard], criterion: .directorOfEDI, state: .notMet, text: "No Director of ED&I in post"),
        Case(name: "director in post", bodies: [F.body("pb", .peopleBoard, members: [director])],
             criterion: .directorOfEDI, state: .met, text: "Appointed since 1 June 2025", evidence: "pb"),
        Case(name: "director left", bodies: [F.body("pb", .peopleBoard, members: [F.member(.bme, role: .directorOfEDI, start: F.day(2024, 1, 1), end: F.day(2025, 7, 1))])],
             criterion: .directorOfEDI, state: .notMet, text: "No Director of ED&I in post"),
        Case(name: "director not yet started", bodies: [F.body("pb", .peopleBoard, members: [F.member(.bme, role: .directorOfEDI, start: F.day(2025, 8, 1))])],
             criterion: .directorOfEDI, state: .notMet, text: "No Director of ED&I in post"),
        Case(name: "director on a stood-down body", bodies: [F.body("old", .ediSubCommittee, status: .stoodDown, members: [director])],
             criterion: .directorOfEDI, state: .notMet, text: "No Director of ED&I in post"),
        Case(name: "earliest of two directors, any level",
             bodies: [F.body("pb", .peopleBoard, members: [director]), F.body("trust", .organisationBoard, level: .organisation, members: [F.member(.white, role: .directorOfEDI, start: F.day(2024, 11, 18))])],
             criterion: .directorOfEDI, state: .met, text: "Appointed since 18 November 2024", evidence: "trust"),
    ]

    static let networkCases: [Case] = [
        Case(name: "BME network established", bodies: [F.body("n", .staffNetwork, bmeFirst: true), F.body("d", .staffNetwork)],
             criterion: .staffNetwork, state: .met, text: "BME network established since 3 March 2025", evidence: "n"),
        Case(name: "BME network being established", bodies: [F.body("n", .staffNetwork, status: .beingEstablished, bmeFirst: true), F.body("d", .staffNetwork)],
             criterion: .staffNetwork, state: .partial, text: "BME network being established", evidence: "n"),
        Case(name: "only another network", bodies: [F.body("d", .staffNetwork)],
             criterion: .staffNetwork, state: .partial, text: "A network is established, but not yet a BME network", evidence: "d"),
        Case(name: "other network being established", bodies: [F.body("d", .staffNetwork, status: .beingEstablished)],
             criterion: .staffNetwork, state: .partial, text: "Network being established", evidence: "d"),
        Case(name: "BME network proposed", bodies: [F.body("n", .staffNetwork, status: .proposed, bmeFirst: true)],
             criterion: .staffNetwork, state: .notMet, text: "Proposed", evidence: "n"),
        Case(name: "BME network stood down", bodies: [F.body("n", .staffNetwork, status: .stoodDown, bmeFirst: true)],
             criterion: .staffNetwork, state: .notMet, text: "No system-wide network"),
        Case(name: "only an organisation's network", bodies: [F.body("n", .staffNetwork, level: .organisation, bmeFirst: true)],
             criterion: .staffNetwork, state: .notMet, text: "No system-wide network"),
        Case(name: "no network", criterion: .staffNetwork, state: .notMet, text: "No system-wide network"),
    ]

    static let criticalFriendCases: [Case] = [
        Case(name: "no decisions log", bodies: [F.body("n", .staffNetwork, bmeFirst: true)],
             criterion: .networkCriticalFriend, state: .noEvidence, text: "No evidence yet", evidence: "n"),
        Case(name: "no decisions in 12 months", bodies: [F.body("n", .staffNetwork, bmeFirst: true)], involvement: share(0, of: 0),
             criterion: .networkCriticalFriend, state: .notMet, text: "No people decisions recorded in the last 12 months", evidence: "n"),
        Case(name: "involved in none of one", involvement: share(0, of: 1),
             criterion: .networkCriticalFriend, state: .notMet, text: "Not involved in the only decision in the last 12 months"),
        Case(name: "involved in none of ten", bodies: [F.body("n", .staffNetwork, bmeFirst: true)], involvement: share(0, of: 10),
             criterion: .networkCriticalFriend, state: .notMet, text: "Not involved in any of 10 decisions in the last 12 months", evidence: "n"),
        Case(name: "0.29 shown as 29%, not 28%", involvement: share(29, of: 100),
             criterion: .networkCriticalFriend, state: .partial, text: "Involved in 29 of 100 decisions (29%) in the last 12 months"),
        Case(name: "one in three", involvement: share(1, of: 3),
             criterion: .networkCriticalFriend, state: .partial, text: "Involved in 1 of 3 decisions (33%) in the last 12 months"),
        Case(name: "0.4999 partly met, shown rounded down", involvement: share(4_999, of: 10_000),
             criterion: .networkCriticalFriend, state: .partial, text: "Involved in 4999 of 10000 decisions (49%) in the last 12 months"),
        Case(name: "99 of 199 partly met, not shown as 50%", involvement: share(99, of: 199),
             criterion: .networkCriticalFriend, state: .partial, text: "Involved in 99 of 199 decisions (49%) in the last 12 months"),
        Case(name: "exactly half met", bodies: [F.body("n", .staffNetwork, bmeFirst: true)], involvement: share(1, of: 2),
             criterion: .networkCriticalFriend, state: .met, text: "Involved in 1 of 2 decisions (50%) in the last 12 months", evidence: "n"),
        Case(name: "seven in ten", involvement: share(7, of: 10),
             criterion: .networkCriticalFriend, state: .met, text: "Involved in 7 of 10 decisions (70%) in the last 12 months"),
        Case(name: "the only decision", involvement: share(1, of: 1),
             criterion: .networkCriticalFriend, state: .met, text: "Involved in 1 of 1 decision (100%) in the last 12 months"),
    ]

    static func share(_ involved: Int, of total: Int) -> InvolvementShare {
        InvolvementShare(involved: involved, total: total)
    }

    static let stageCases: [Case] = [
        Case(name: "sub-committee established", bodies: [F.body("sc", .ediSubCommittee, since: F.day(2024, 10, 1))],
             criterion: .ediSubCommittee, state: .met, text: "Established since 1 October 2024", evidence: "sc"),
        Case(name: "sub-committee being established", bodies: [F.body("sc", .ediSubCommittee, status: .beingEstablished)],
             criterion: .ediSubCommittee, state: .partial, text: "Being established", evidence: "sc"),
        Case(name: "sub-committee proposed", bodies: [F.body("sc", .ediSubCommittee, status: .proposed)],
             criterion: .ediSubCommittee, state: .notMet, text: "Proposed", evidence: "sc"),
        Case(name: "sub-committee stood down", bodies: [F.body("sc", .ediSubCommittee, status: .stoodDown)],
             criterion: .ediSubCommittee, state: .notMet, text: "Not in place"),
        Case(name: "no sub-committee", criterion: .ediSubCommittee, state: .notMet, text: "Not in place"),
        Case(name: "furthest-along sub-committee chosen",
             bodies: [F.body("a", .ediSubCommittee, status: .proposed), F.body("b", .ediSubCommittee, since: F.day(2025, 5, 1)), F.body("c", .ediSubCommittee, since: F.day(2025, 4, 1))],
             criterion: .ediSubCommittee, state: .met, text: "Established since 1 April 2025", evidence: "c"),
        Case(name: "panel established", bodies: [F.body("p", .raceEqualityPanel)],
             criterion: .independentPanel, state: .met, text: "Established since 3 March 2025", evidence: "p"),
        Case(name: "panel being established", bodies: [F.body("p", .raceEqualityPanel, status: .beingEstablished)],
             criterion: .independentPanel, state: .partial, text: "Being established", evidence: "p"),
        Case(name: "panel considered", bodies: [F.body("p", .raceEqualityPanel, status: .proposed)],
             criterion: .independentPanel, state: .partial, text: "Considered", evidence: "p"),
        Case(name: "no panel", bodies: [F.body("r", .raceEqualityPanel, level: .region)],
             criterion: .independentPanel, state: .notMet, text: "Not considered"),
    ]

    static let boardCases: [Case] = [
        Case(name: "no people board", criterion: .peopleBoardRepresentative, state: .noEvidence, text: "No People Board recorded"),
        Case(name: "no members in post", bodies: [F.body("pb", .peopleBoard, members: [F.member(.bme, end: F.day(2025, 1, 1))])],
             criterion: .peopleBoardRepresentative, state: .noEvidence, text: "No members in post", evidence: "pb"),
        Case(name: "no population figure", bodies: [nearBoard], population: nil,
             criterion: .peopleBoardRepresentative, state: .noEvidence, text: "No population figure", evidence: "pb"),
        Case(name: "far below", bodies: [farBoard],
             criterion: .peopleBoardRepresentative, state: .notMet, text: "8.3% BME against 24.5% of the population served; 2 more BME members needed", evidence: "pb"),
        Case(name: "within tolerance", bodies: [nearBoard],
             criterion: .peopleBoardRepresentative, state: .met, text: "20.0% BME against 24.5% of the population served", evidence: "pb"),
        Case(name: "just outside tolerance", bodies: [nearBoard], population: 25.5,
             criterion: .peopleBoardRepresentative, state: .notMet, text: "20.0% BME against 25.5% of the population served; 2 more BME members needed", evidence: "pb"),
        Case(name: "established board preferred", bodies: [F.body("new", .peopleBoard, status: .proposed, members: F.members(bme: 5, white: 5)), farBoard],
             criterion: .peopleBoardRepresentative, state: .notMet, text: "8.3% BME against 24.5% of the population served; 2 more BME members needed", evidence: "pb"),
    ]

    static let planCases: [Case] = [
        Case(name: "no plan", bodies: [farBoard], criterion: .representationPlan, state: .noEvidence, text: "No plan yet", evidence: "pb"),
        Case(name: "plan not started", bodies: [farBoard],
             plan: RepresentationPlan(start: F.day(2025, 9, 1), targetDate: F.day(2026, 3, 1), startPercent: 8.3, targetPercent: 24.5),
             criterion: .representationPlan, state: .partial, text: "Starts 1 September 2025", evidence: "pb"),
        Case(name: "plan without a board", plan: plan, criterion: .representationPlan, state: .noEvidence, text: "No People Board figure yet"),
        Case(name: "plan met", bodies: [F.body("pb", .peopleBoard, members: F.members(bme: 3, white: 9))], plan: plan,
             criterion: .representationPlan, state: .met, text: "Target of 24.5% met", evidence: "pb"),
        Case(name: "plan on track", bodies: [nearBoard], plan: plan,
             criterion: .representationPlan, state: .met, text: "On track: 20.0% against 17.3% expected", evidence: "pb"),
        Case(name: "plan behind", bodies: [farBoard], plan: plan,
             criterion: .representationPlan, state: .notMet, text: "Behind: 8.3% against 17.3% expected", evidence: "pb"),
    ]

    @Test(arguments: directorCases + networkCases + criticalFriendCases + stageCases + boardCases + planCases)
    func rule(_ c: Case) throws {
        // given
        let governance = SystemGovernance(systemCode: "SYS", bodies: c.bodies, populationBMEPercent: c.population, networkInvolvement: c.involvement, plan: c.plan)
        // when
        let row = MaturityMatrix.system(governance, today: F.today, tolerancePoints: 5)
        // then
        let cell = try #require(F.cell(c.criterion, in: row))
        #expect(cell.state == c.state)
        #expect(cell.text == c.text)
        #expect(cell.evidenceBodyID == c.evidence)
    }

    @Test func rowOrder() {
        let row = MaturityMatrix.system(SystemGovernance(systemCode: "SYS", bodies: [], populationBMEPercent: nil), today: F.today, tolerancePoints: 5)
        #expect(row.map(\.criterion) == MaturityCriterion.systemCriteria)
        #expect(row.map(\.state) == [.notMet, .notMet, .noEvidence, .notMet, .notMet, .noEvidence, .noEvidence])
    }
}
