import Testing
@testable import ParityCore

struct PopulationShareTests {
    static let records: [PopulationRecord] = [
        .init(areaCode: "A", areaName: "Alpha", group: .white, count: 800, source: "Census 2021"),
        .init(areaCode: "A", areaName: "Alpha", group: .bme, count: 150, source: "Census 2021"),
        .init(areaCode: "A", areaName: "Alpha", group: .unknown, count: 50, source: "Census 2021"),
        .init(areaCode: "B", areaName: "Beta", group: .white, count: 100, source: "Census 2021"),
        .init(areaCode: "B", areaName: "Beta", group: .bme, count: 300, source: "Census 2021"),
        .init(areaCode: "C", areaName: "Gamma", group: .bme, count: 10, source: "ONS mid-year 2022"),
        .init(areaCode: "D", areaName: "Delta", group: .white, count: 0, source: "Census 2021"),
    ]

    typealias Case = (areas: Set<String>, percent: Double?, sources: [String])

    static let cases: [Case] = [
        // Pooled 450 / 1,400 = 32.14%; averaging A's 15% and B's 75% would say 45%.
        (["A", "B"], 450.0 * 100 / 1400, ["Census 2021"]),
        (["A"], 15.0, ["Census 2021"]), // Unknown stays in the denominator: 150 / 1,000
        (["B", "C"], 310.0 * 100 / 410, ["Census 2021", "ONS mid-year 2022"]),
        (["D"], nil, ["Census 2021"]), // no residents
        (["Z"], nil, []),
        ([], nil, []),
    ]

    @Test(arguments: cases)
    func bmePercent(areas: Set<String>, percent: Double?, sources: [String]) {
        let share = PopulationShare.bmePercent(Self.records, areas: areas)
        #expect(share.percent == percent)
        #expect(share.sources == sources)
    }
}
