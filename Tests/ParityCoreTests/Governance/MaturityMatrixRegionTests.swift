import Foundation
import Testing
@testable import ParityCore

struct MaturityMatrixRegionTests {
    typealias F = GovernanceFixture

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var bodies: [BodySnapshot] = []
        var systems: [String] = MaturityMatrixRegionTests.systems
        var population: Double? = 24.5
        var criterion: MaturityCriterion
        var state: MaturityState
        var text: String
        var evidence: String? = nil
        var testDescription: String { name }
    }

    static let systems = (1...11).map { "S\($0)" }

    static func representatives(_ codes: [String]) -> [Membership] {
        codes.map { F.member(.white, role: .representative, represents: $0) }
    }

    static func subgroup(_ members: [Membership]) -> BodySnapshot {
        F.body("sg", .ediSubgroup, level: .region, members: members)
    }

    static let panelCases: [Case] = [
        Case(name: "no regional panel", bodies: [F.body("p", .raceEqualityPanel)],
             criterion: .panelIndependentlyChaired, state: .notMet, text: "No regional panel"),
        Case(name: "chair not independent", bodies: [F.body("p", .raceEqualityPanel, level: .region, members: [F.member(.bme, role: .chair)])],
             criterion: .panelIndependentlyChaired, state: .notMet, text: "Not independently chaired", evidence: "p"),
        Case(name: "independent chair in post",
             bodies: [F.body("p", .raceEqualityPanel, level: .region, members: [F.member(.bme, role: .independentChair, start: F.day(2025, 2, 1))])],
             criterion: .panelIndependentlyChaired, state: .met, text: "Independently chaired since 1 February 2025", evidence: "p"),
        Case(name: "independent chair left",
             bodies: [F.body("p", .raceEqualityPanel, level: .region, members: [F.member(.bme, role: .independentChair, end: F.day(2025, 6, 30))])],
             criterion: .panelIndependentlyChaired, state: .notMet, text: "Not independently chaired", evidence: "p"),
        Case(name: "stood-down panel",
             bodies: [F.body("p", .raceEqualityPanel, level: .region, status: .stoodDown, members: [F.member(.bme, role: .independentChair)])],
             criterion: .panelIndependentlyChaired, state: .notMet, text: "No regional panel"),
    ]

    static let subgroupCases: [Case] = [
        Case(name: "no subgroup", criterion: .everySystemRepresented, state: .notMet, text: "No regional ED&I subgroup"),
        Case(name: "7 of 11", bodies: [subgroup(representatives(Array(systems.prefix(7))))],
             criterion: .everySystemRepresented, state: .partial, text: "7 of 11 systems represented", evidence: "sg"),
        Case(name: "all 11", bodies: [subgroup(representatives(systems))],
             criterion: .everySystemRepresented, state: .met, text: "All 11 systems represented", evidence: "sg"),
        Case(name: "none represented", bodies: [subgroup(F.members(bme: 2, white: 3))],
             criterion: .everySystemRepresented, state: .notMet, text: "0 of 11 systems represented", evidence: "sg"),
        // Two for S1, one for an unlisted system and one who has left: still 2 of 11.
        Case(name: "duplicates, strangers and leavers",
             bodies: [subgroup(representatives(["S1", "S1", "S2", "ZZ"]) + [F.member(.bme, role: .representative, end: F.day(2025, 7, 1), represents: "S3")])],
             criterion: .everySystemRepresented, state: .partial, text: "2 of 11 systems represented", evidence: "sg"),
        Case(name: "no systems listed", bodies: [subgroup(representatives(systems))], systems: [],
             criterion: .everySystemRepresented, state: .noEvidence, text: "No systems listed", evidence: "sg"),
    ]

    static let boardCases: [Case] = [
        Case(name: "only a system board", bodies: [F.body("pb", .peopleBoard, members: F.members(bme: 4, white: 16))],
             criterion: .peopleBoardRepresentative, state: .noEvidence, text: "No People Board recorded"),
        Case(name: "regional board within tolerance", bodies: [F.body("rpb", .peopleBoard, level: .region, members: F.members(bme: 4, white: 16))],
             criterion: .peopleBoardRepresentative, state: .met, text: "20.0% BME against 24.5% of the population served", evidence: "rpb"),
        Case(name: "regional board below", bodies: [F.body("rpb", .peopleBoard, level: .region, members: F.members(bme: 1, white: 6))], population: 30,
             criterion: .peopleBoardRepresentative, state: .notMet, text: "14.3% BME against 30.0% of the population served; 2 more BME members needed", evidence: "rpb"),
        Case(name: "no regional population", bodies: [F.body("rpb", .peopleBoard, level: .region, members: F.members(bme: 4, white: 16))], population: nil,
             criterion: .peopleBoardRepresentative, state: .noEvidence, text: "No population figure", evidence: "rpb"),
    ]

    @Test(arguments: panelCases + subgroupCases + boardCases)
    func rule(_ c: Case) throws {
        let row = MaturityMatrix.region(bodies: c.bodies, systemCodes: c.systems, populationBMEPercent: c.population, today: F.today, tolerancePoints: 5)
        let cell = try #require(F.cell(c.criterion, in: row))
        #expect(cell.state == c.state)
        #expect(cell.text == c.text)
        #expect(cell.evidenceBodyID == c.evidence)
    }

    @Test func rowOrder() {
        let row = MaturityMatrix.region(bodies: [], systemCodes: Self.systems, populationBMEPercent: 24.5, today: F.today, tolerancePoints: 5)
        #expect(row.map(\.criterion) == MaturityCriterion.regionCriteria)
    }
}
