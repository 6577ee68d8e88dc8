import Testing
@testable import ParityCore

@Suite struct ExtractMergeTests {
    @Test func keepsThePreviousVersionsIndicatorsTheExtractDoesNotCover() throws {
        let text = ExtractTestFile.header + "\nRX1,2026,clinical,band-5,A,N,N,N,N,N,\n"
        let tally = try ExtractTestFile.tally(text)
        var rows = tally.rows()
        var previous = ExtractRows()
        previous.wres = [
            ReturnRow(organisation: "RX1", year: 2026, standard: .wres, indicator: 1, measure: .headcount(.clinical, .band5), group: .white, count: 40),
            ReturnRow(organisation: "RX1", year: 2026, standard: .wres, indicator: 2, measure: .shortlisted, group: .white, count: 30),
            ReturnRow(organisation: "RX1", year: 2026, standard: .wres, indicator: 5, measure: .surveyRespondents, group: .bme, count: 12),
        ]
        previous.intersection = [
            IntersectionReturnRow(organisation: "RX1", year: 2026, indicator: 2, measure: .shortlisted, group: IntersectionGroup(rawValue: "bme+disabled")!, count: 3),
            IntersectionReturnRow(organisation: "RX1", year: 2026, indicator: 1, measure: .headcount(.clinical, .band5), group: IntersectionGroup(rawValue: "bme+disabled")!, count: 9),
        ]
        previous.wdes = [
            WDESReturnRow(organisation: "RX1", year: 2026, metric: .appointment, measure: .shortlisted, group: .disabled, count: 4),
            WDESReturnRow(organisation: "RX1", year: 2026, metric: .representation, measure: .clusterHeadcount(.clinical, .afc5to7), group: .disabled, count: 8),
        ]
        rows.keep(previous, replacing: tally)
        #expect(rows.wres("RX1", 1, .headcount(.clinical, .band5), .white) == 1)
        #expect(rows.wres("RX1", 2, .shortlisted, .white) == 30)
        #expect(rows.wres("RX1", 5, .surveyRespondents, .bme) == 12)
        #expect(rows.intersection("RX1", 2, .shortlisted, "bme+disabled") == 3)
        #expect(rows.intersection("RX1", 1, .headcount(.clinical, .band5), "bme+disabled") == 0)
        #expect(rows.wdes("RX1", .appointment, .shortlisted, .disabled) == 4)
        #expect(rows.wdes("RX1", .representation, .clusterHeadcount(.clinical, .afc5to7), .disabled) == 0)
        #expect(rows.wres.filter { $0.indicator == 1 && $0.measure == .headcount(.clinical, .band5) && $0.group == .white }.count == 1)
    }
}
