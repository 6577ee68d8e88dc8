import Testing
@testable import ParityCore

@Suite("Demo region structure")
struct DemoRegionStructureTests {
    let data = DemoReturns.standard.data

    @Test func isTheSameForTheSameSeed() {
        let seven = DemoRegion.generate(seed: 7, latestYear: 2024)
        #expect(seven == DemoRegion.generate(seed: 7, latestYear: 2024))
        #expect(seven.rows != data.rows)
        #expect(seven.organisations == data.organisations)
        #expect(data == DemoRegion.generate(seed: 2021, latestYear: 2024, years: 5))
    }

    @Test func hasElevenFictionalSystemsOfThreeToSixOrganisations() {
        #expect(data.regionName == "Northmere")
        #expect(DemoRegion.banner == "Demo region — synthetic data")
        #expect(data.systems.map(\.code) == (1...11).map { $0 < 10 ? "D0\($0)" : "D\($0)" })
        for system in data.systems {
            #expect((3...6).contains(data.organisations.filter { $0.systemCode == system.code }.count), "\(system.name)")
        }
        let codes = data.organisations.map(\.code)
        #expect(Set(codes).count == codes.count)
        #expect(codes.allSatisfy { $0.count == 3 && $0.hasPrefix("D") && $0.allSatisfy { $0.isLetter || $0.isNumber } })
        #expect(Set(data.organisations.map(\.systemCode)) == Set(data.systems.map(\.code)))
        #expect(Set(data.organisations.compactMap(\.kind)).isSuperset(of: [.acute, .mentalHealth, .community, .ambulance]))
    }

    @Test func sharesNoNameWordOrCodeWithTheRealMidlands() throws {
        let real = try ReferenceStructure.parse(csv: MidlandsReference.csv(), fileName: "midlands.csv")
        let realCodes = Set(real.organisations.map(\.code) + real.systems.map(\.code))
        #expect(realCodes.isDisjoint(with: data.organisations.map(\.code) + data.systems.map(\.code)))

        let generic: Set<String> = [
            "nhs", "trust", "foundation", "university", "hospitals", "hospital", "teaching", "healthcare",
            "health", "community", "services", "service", "partnership", "mental", "care", "and", "the", "of",
            "royal", "women's", "children's", "general", "ambulance", "orthopaedic", "combined",
        ]
        func words(_ names: [String]) -> Set<String> {
            Set(names.flatMap { $0.lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init) })
                .subtracting(generic)
        }
        let realWords = words(real.organisations.map(\.name) + real.systems.map(\.name))
        let demoWords = words(data.organisations.map(\.name) + data.systems.map(\.name) + [data.regionName])
        #expect(realWords.isDisjoint(with: demoWords), "\(realWords.intersection(demoWords))")
    }

    @Test(arguments: [(2024, 5, 2020...2024), (2023, 3, 2021...2023), (2024, 1, 2024...2024)])
    func coversTheYearsAsked(latestYear: Int, years: Int, expected: ClosedRange<Int>) {
        let rows = DemoRegion.generate(latestYear: latestYear, years: years).rows
        #expect(Set(rows.map(\.year)) == Set(expected))
        #expect(Set(rows.map(\.organisation)).count == 43)
    }

    @Test func everyReturnIsCompleteExceptTheTwoGaps() {
        let allKeys = Set(Measure.allWRES.flatMap { measure in
            measure.wresIndicators.flatMap { indicator in Standard.wres.groups.map { CountKey(indicator: indicator, measure: measure, group: $0) } }
        })
        let returns = DemoReturns.standard.returns
        #expect(returns.count == 43 * 5)
        var gaps: [String] = []
        for (key, counts) in returns.sorted(by: { $0.key < $1.key }) {
            let missing = allKeys.subtracting(counts.values.keys)
            if missing.isEmpty { continue }
            let indicators = Set(missing.map(\.indicator)).sorted()
            gaps.append("\(key.organisation) \(key.year) \(indicators)")
            #expect(missing.count == indicators.count * (indicators == [3] ? 3 : 6))
        }
        #expect(gaps == ["DD2 2023 [3]", "DH3 2022 [5, 6, 7, 8]"])
    }
}
