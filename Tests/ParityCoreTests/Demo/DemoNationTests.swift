import Testing
@testable import ParityCore

@Suite("Demo country")
struct DemoNationTests {
    /// One year is enough to check the country's shape and keep the test fast.
    let nation = DemoRegion.generate(latestYear: 2024, years: 1, scale: .national)
    let region = DemoRegion.generate(latestYear: 2024, years: 1)

    @Test func hasFortyTwoSystemsAndAboutTwoHundredAndTwentyOrganisations() {
        #expect(nation.regionName == "Eldermark")
        #expect(nation.systems.count == 42)
        #expect(nation.organisations.count == 221)
        #expect(nation.systems.map(\.code) == (1...42).map { $0 < 10 ? "D0\($0)" : "D\($0)" })
        for system in nation.systems {
            #expect((3...7).contains(nation.organisations.filter { $0.systemCode == system.code }.count), "\(system.name)")
        }
        let codes = nation.organisations.map(\.code)
        #expect(Set(codes).count == codes.count)
        #expect(Set(nation.organisations.map(\.name)).count == codes.count)
        #expect(Set(nation.systems.map(\.name)).count == 42)
        #expect(Set(nation.organisations.map(\.systemCode)) == Set(nation.systems.map(\.code)))
        #expect(Set(nation.organisations.compactMap(\.kind)) == Set(OrganisationKind.allCases))
    }

    @Test func containsTheRegionUnchanged() {
        // The region's systems, organisations and returns are the first of the country's.
        #expect(Array(nation.systems.prefix(11)) == region.systems)
        #expect(Array(nation.organisations.prefix(43)) == region.organisations)
        let regional = Set(region.organisations.map(\.code))
        #expect(nation.rows.filter { regional.contains($0.organisation) } == region.rows)
        #expect(nation.wdes.filter { regional.contains($0.key.organisation) } == region.wdes)
    }

    @Test func everyFurtherOrganisationHasAFourCharacterCodeAndAReturn() {
        let further = nation.organisations.dropFirst(43)
        #expect(further.allSatisfy { $0.code.count == 4 && $0.code.hasPrefix($0.systemCode) })
        #expect(Set(nation.rows.map(\.organisation)) == Set(nation.organisations.map(\.code)))
        #expect(Set(nation.wdes.keys.map(\.organisation)) == Set(nation.organisations.map(\.code)))
    }

    @Test func sharesNoNameWordOrCodeWithTheRealMidlands() throws {
        let real = try ReferenceStructure.parse(csv: MidlandsReference.csv(), fileName: "midlands.csv")
        #expect(Set(real.organisations.map(\.code) + real.systems.map(\.code)).isDisjoint(with: nation.organisations.map(\.code) + nation.systems.map(\.code)))
        let generic: Set<String> = [
            "nhs", "trust", "foundation", "university", "hospitals", "hospital", "teaching", "healthcare", "health", "community",
            "services", "service", "partnership", "mental", "care", "and", "the", "of", "royal", "women's", "children's", "general",
            "ambulance", "orthopaedic", "combined", "eye", "heart", "lung", "cancer", "centre", "dental", "rehabilitation", "infirmary",
        ]
        func words(_ names: [String]) -> Set<String> {
            Set(names.flatMap { $0.lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init) }).subtracting(generic)
        }
        let realWords = words(real.organisations.map(\.name) + real.systems.map(\.name))
        let demoWords = words(nation.organisations.map(\.name) + nation.systems.map(\.name) + [nation.regionName])
        #expect(realWords.isDisjoint(with: demoWords), "\(realWords.intersection(demoWords))")
    }
}
