import Testing
@testable import ParityCore

@Suite struct ExtractReaderTests {
    /// Seven people of one trust and a board member, counted by hand:
    /// clinical band 5: A (White, disabled, disciplinary), LH (BME, training), Z (unknown);
    /// clinical band 5 bank (left out); non-clinical VSM CA (White, voting executive);
    /// medical consultant M (BME, non-disabled, capability, training); medical other S (BME);
    /// a voting non-executive N with no workforce or grade.
    static let small = """
    \(ExtractTestFile.header)
    RX1,2026,clinical,band-5,A,Y,N,Y,N,N,
    RX1,2026,clinical,band-5,LH,N,N,N,N,Y,
    RX1,2026,clinical,band-5,Z,,N,N,N,N,
    RX1,2026,clinical,band-5,H,N,Y,Y,Y,Y,
    RX1,2026,non-clinical,vsm,CA,N,N,N,N,Y,voting-executive
    RX1,2026,medical,consultant,M,N,N,N,Y,Y,
    RX1,2026,medical,other,S,N,N,N,N,N,
    RX1,2026,,,N,N,N,N,N,N,voting-non-executive

    """

    @Test func countsIndicatorsOneThreeFourAndNineByEthnicity() throws {
        let rows = try ExtractTestFile.tally(Self.small).rows()
        #expect(rows.wres("RX1", 1, .headcount(.clinical, .band5), .white) == 1)
        #expect(rows.wres("RX1", 1, .headcount(.clinical, .band5), .bme) == 1)
        #expect(rows.wres("RX1", 1, .headcount(.clinical, .band5), .unknown) == 1)
        #expect(rows.wres("RX1", 1, .headcount(.clinical, .band6), .white) == 0)
        #expect(rows.wres("RX1", 1, .headcount(.nonClinical, .vsm), .white) == 1)
        #expect(rows.wres("RX1", 1, .headcount(.medical, .consultant), .bme) == 1)
        #expect(rows.wres("RX1", 1, .headcount(.medical, .other), .bme) == 1)
        #expect(rows.wres("RX1", 3, .enteredDisciplinary, .white) == 1)
        #expect(rows.wres("RX1", 3, .enteredDisciplinary, .bme) == 0)
        #expect(rows.wres("RX1", 4, .accessedTraining, .white) == 1)
        #expect(rows.wres("RX1", 4, .accessedTraining, .bme) == 2)
        #expect(rows.wres("RX1", 9, .board(.votingExecutive), .white) == 1)
        #expect(rows.wres("RX1", 9, .board(.votingNonExecutive), .bme) == 1)
        #expect(rows.wres.filter { $0.indicator == 1 }.count == Measure.allWRES.filter { $0.wresIndicators == 1...1 }.count * 3)
    }

    @Test func countsWDESMetricsAndRaceByDisabilityWhenDisabilityIsThere() throws {
        let rows = try ExtractTestFile.tally(Self.small).rows()
        #expect(rows.wdes("RX1", .representation, .clusterHeadcount(.clinical, .afc5to7), .disabled) == 1)
        #expect(rows.wdes("RX1", .representation, .clusterHeadcount(.clinical, .afc5to7), .nonDisabled) == 1)
        #expect(rows.wdes("RX1", .representation, .clusterHeadcount(.clinical, .afc5to7), .unknown) == 1)
        #expect(rows.wdes("RX1", .representation, .clusterHeadcount(.medical, .consultant), .nonDisabled) == 1)
        #expect(rows.wdes("RX1", .capability, .enteredCapability, .nonDisabled) == 1)
        #expect(rows.wdes("RX1", .capability, .enteredCapability, .disabled) == 0)
        #expect(rows.wdes("RX1", .board, .board(.votingNonExecutive), .nonDisabled) == 1)
        #expect(rows.intersection("RX1", 1, .headcount(.clinical, .band5), "white+disabled") == 1)
        #expect(rows.intersection("RX1", 3, .enteredDisciplinary, "white+disabled") == 1)
        #expect(rows.intersection("RX1", 4, .accessedTraining, "bme+non-disabled") == 2)
        // Medical "other" has no WDES cluster, so metric 1 leaves that person out.
        let metricOne = rows.wdes.filter { $0.metric == .representation }.reduce(0) { $0 + $1.count }
        #expect(metricOne == 5)
    }

    @Test func leavesOutBankStaffAndReportsWhatItRead() throws {
        let (result, statistics) = ExtractTestFile.read(Self.small)
        _ = try result.get()
        #expect(statistics.rows == 8)
        #expect(statistics.bankRows == 1)
        #expect(statistics.people == 6)
        #expect(statistics.boardOnlyRows == 1)
    }

    @Test func producesNoWDESWithoutADisabilityColumnAndIgnoresUnknownColumns() throws {
        let text = """
        assignment_number,organisation,year,workforce,grade,ethnic_category,bank,entered_disciplinary,accessed_training
        123,RX1,2026,clinical,band-5,A,N,N,Y
        124,RX1,2026,clinical,band-5,N,N,Y,N

        """
        let (result, statistics) = ExtractTestFile.read(text)
        let tally = try result.get()
        #expect(statistics.ignoredColumns == ["assignment_number"])
        #expect(tally.wresIndicators == [1, 3, 4])
        #expect(tally.wdesMetrics.isEmpty)
        #expect(tally.returnKeys.map(\.standard) == [.wres])
        let rows = tally.rows()
        #expect(rows.wdes.isEmpty && rows.intersection.isEmpty)
        #expect(rows.wres("RX1", 3, .enteredDisciplinary, .bme) == 1)
    }

    @Test(arguments: [1, 2, 3, 7, 64])
    func givesTheSameCountsWhateverTheChunkSize(_ chunk: Int) throws {
        let text = Self.small.replacingOccurrences(of: "\n", with: "\r\n")
            + "\"RX2\",2026,\"clinical\",band-6,\"C\"\"\",N,N,N,N,N,\n".replacingOccurrences(of: "C\"\"", with: "CA")
        #expect(try ExtractTestFile.tally(text, chunk: chunk).rows() == ExtractTestFile.tally(text).rows())
    }

    @Test func countsRowsSeenBeforeAsTheFirstWhateverTheColumnOrder() throws {
        let line = "RX1,2026,clinical,band-5,A,Y,N,Y,N,N,\n"
        let reordered = "grade,organisation,ethnic_category,year,workforce,disability,bank,entered_disciplinary,entered_capability,accessed_training,board\n"
            + String(repeating: "band-5,RX1,A,2026,clinical,Y,N,Y,N,N,\n", count: 500)
        let first = try ExtractTestFile.tally(ExtractTestFile.header + "\n" + String(repeating: line, count: 500)).rows()
        let second = try ExtractTestFile.tally(reordered).rows()
        #expect(first == second)
        #expect(first.wres("RX1", 1, .headcount(.clinical, .band5), .white) == 500)
        #expect(first.wres("RX1", 3, .enteredDisciplinary, .white) == 500)
    }

    @Test func keepsOrganisationsAndYearsApartInAnyOrder() throws {
        let text = ExtractTestFile.header + "\n" + [
            "RX1,2026,clinical,band-5,A,N,N,N,N,N,", "RX2,2026,clinical,band-5,A,N,N,N,N,N,",
            "RX1,2025,clinical,band-5,A,N,N,N,N,N,", "RX1,2026,clinical,band-5,A,N,N,N,N,N,",
            "RX2,2026,clinical,band-5,A,N,N,N,N,N,", "RX1,2026,clinical,band-5,A,N,N,N,N,N,",
        ].joined(separator: "\n")
        let tally = try ExtractTestFile.tally(text)
        let rows = tally.rows().wres.filter { $0.measure == .headcount(.clinical, .band5) && $0.group == .white }
        #expect(rows.map { "\($0.organisation) \($0.year) \($0.count)" } == ["RX1 2025 1", "RX1 2026 3", "RX2 2026 2"])
        #expect(tally.firstRows == ["RX1": 2, "RX2": 3])
    }
}

@Suite struct ExtractRememberedRowTests {
    /// Rows that differ only past the bytes a remembered row keeps inline must not be taken
    /// for one another.
    @Test func rowsDifferingOnlyFarIntoTheLineAreCountedApart() throws {
        let header = "note,organisation,year,workforce,grade,ethnic_category,bank,entered_disciplinary,accessed_training\n"
        let note = String(repeating: "n", count: 60)
        let rows = (0..<300).map { "\(note),RX1,2026,clinical,band-5,A,N,N,\($0 % 3 == 0 ? "Y" : "N")" }
        let counts = try ExtractTestFile.tally(header + rows.joined(separator: "\n") + "\n").rows()
        #expect(counts.wres("RX1", 1, .headcount(.clinical, .band5), .white) == 300)
        #expect(counts.wres("RX1", 4, .accessedTraining, .white) == 100)
    }
}
