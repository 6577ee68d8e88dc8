import Testing
import ParityCore

@Suite struct EthnicCategoryTests {
    @Test(arguments: [
        ("A", PopulationGroup.white), ("B", .white), ("C", .white), ("CA", .white), ("c3", .white),
        ("D", .bme), ("H", .bme), ("LH", .bme), ("M", .bme), ("N", .bme), ("P", .bme), ("R", .bme), ("S", .bme), ("S1", .bme),
        ("Z", .unknown), ("X", .unknown), ("99", .unknown), ("", .unknown),
    ])
    func mapsTheCodeOnItsFirstCharacter(_ code: String, _ group: PopulationGroup) {
        #expect(EthnicCategory.group(of: code) == group)
    }

    @Test(arguments: ["Q", "I", "O", "ABC", "A-", "9", "é"])
    func refusesWhatIsNotACode(_ code: String) {
        #expect(EthnicCategory.group(of: code) == nil)
    }
}
