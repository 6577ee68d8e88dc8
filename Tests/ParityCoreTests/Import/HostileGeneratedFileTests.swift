import Testing
@testable import ParityCore

/// The large files of the hostile corpus (issue 12), generated here rather than committed:
/// each must be refused with a clear first issue, in bounded time (the reader and the checks are
/// linear; the wall-clock bound is only a sanity check for a debug build on a busy machine) and
/// bounded memory (at most `ImportLimits.maximumCells` cells of a row are kept).
struct HostileGeneratedFileTests {
    static let header = Array((ReturnColumn.headerLine + "\n").utf8)
    static let validRow = "DEMO1,2024,WRES,2,shortlisted,bme,30"

    static func parse(_ bytes: [UInt8], context: ReturnValidationContext = ReturnFixture.context) -> (ImportFailure?, Duration) {
        let start = ContinuousClock.now
        let result = ReturnFileParser().parseFile(bytes, fileName: "hostile.csv", context: context)
        let elapsed = ContinuousClock.now - start
        guard case let .failure(failure) = result else { return (nil, elapsed) }
        return (failure, elapsed)
    }

    static func located(_ failure: ImportFailure?) -> [String] {
        (failure?.issues ?? []).map { "\($0.kind) \($0.row.map(String.init) ?? "-") \($0.column ?? "-")" }
    }

    @Test func aHeaderOfAMillionColumnsStopsAtTheCellLimit() throws {
        // given
        let bytes = Array((ReturnColumn.headerLine + String(repeating: ",x", count: 1_000_000) + "\n" + Self.validRow).utf8)
        // when
        let (failure, elapsed) = Self.parse(bytes)
        // then
        #expect(Self.located(failure) == ["wrongColumnCount 1 -"])
        #expect(failure?.issues.first?.message.contains("more than 100 cells") == true)
        #expect(elapsed < .seconds(60), "linear, not quadratic: generous so a busy machine does not fail it")
    }

    @Test func aRowOfAMillionCellsIsRefusedWithoutKeepingThem() throws {
        let bytes = Self.header + Array((Self.validRow + String(repeating: ",1", count: 1_000_000) + "\n" + Self.validRow).utf8)
        let (failure, elapsed) = Self.parse(bytes)
        #expect(Self.located(failure) == ["wrongColumnCount 2 -"])
        #expect(failure?.report.utf8.count ?? .max < 1_000)
        #expect(elapsed < .seconds(60), "linear, not quadratic: generous so a busy machine does not fail it")
    }

    @Test func aMillionBlankCellsAfterARowAreDroppedAsSpreadsheetsWriteThem() throws {
        let bytes = Self.header + Array((Self.validRow + String(repeating: ",", count: 1_000_000)).utf8)
        let file = try ReturnFixture.parseFile(bytes).get()
        #expect(file.wres.map(\.count) == [30])
    }

    @Test func aSingleLineJustUnderTheSizeLimitIsRefusedWithAShortMessage() throws {
        let bytes = [UInt8](repeating: UInt8(ascii: "A"), count: ImportLimits.standard.maximumBytes - 1)
        let (failure, elapsed) = Self.parse(bytes)
        #expect(Self.located(failure) == ["missingHeader 1 -", "wrongColumnCount 1 -"])
        #expect(failure?.issues.first?.message.contains("'AAAA") == true)
        #expect(failure?.report.utf8.count ?? .max < 1_000)
        #expect(elapsed < .seconds(60), "linear, not quadratic: generous so a busy machine does not fail it")
    }

    @Test func aFileOverTheSizeLimitIsRefusedUnread() throws {
        let bytes = Self.header + [UInt8](repeating: UInt8(ascii: ","), count: ImportLimits.standard.maximumBytes)
        let (failure, elapsed) = Self.parse(bytes)
        #expect(Self.located(failure) == ["fileTooLarge - -"])
        #expect(failure?.issues.first?.message.contains("expected at most 20 MiB") == true)
        #expect(elapsed < .seconds(1))
    }

    @Test func oneBadRowAfter200000GoodOnesIsFoundAndNamed() throws {
        // given: 200,000 distinct headcount rows for 257 organisations, then a negative count
        let measures = Measure.allWRES.filter { if case .headcount = $0 { true } else { false } }
        let organisations = (0..<257).map { "ORG\($0)" }
        let context = ReturnValidationContext(knownOrganisations: Set(organisations), currentYear: 2025)
        var text = ReturnColumn.headerLine + "\n"
        var rows = 0
        outer: for organisation in organisations {
            for year in context.acceptedYears {
                for measure in measures {
                    for group in ["white", "bme", "unknown"] {
                        guard rows < 200_000 else { break outer }
                        text += "\(organisation),\(year),WRES,1,\(measure.rawValue),\(group),\(rows % 1000)\n"
                        rows += 1
                    }
                }
            }
        }
        try #require(rows == 200_000)
        text += "ORG0,2024,WRES,2,shortlisted,bme,-1\n"
        // when
        let (failure, elapsed) = Self.parse(Array(text.utf8), context: context)
        // then
        #expect(Self.located(failure) == ["negativeCount 200002 count"])
        #expect(elapsed < .seconds(30))
    }

    @Test func twoHundredThousandBadRowsKeepTheFirstHundredIssuesAndCountTheRest() throws {
        // Each row names another unknown organisation, so no two problems are the same.
        let bytes = Self.header + Array((0..<200_000).map { "NOPE\($0),2024,WRES,2,shortlisted,bme,3\n" }.joined().utf8)
        let (failure, elapsed) = Self.parse(bytes)
        #expect(failure?.issues.count == 100)
        #expect(failure?.issues.last?.row == 101)
        #expect(failure?.omittedCount == 199_900)
        #expect(failure?.report.hasSuffix("…and 199900 more problems") == true)
        #expect(elapsed < .seconds(30))
    }

    @Test func twoHundredThousandRowsWithOneProblemGiveOneIssue() throws {
        let bytes = Self.header + Array(String(repeating: "NOPE,2024,WRES,2,shortlisted,bme,3\n", count: 200_000).utf8)
        let (failure, elapsed) = Self.parse(bytes)
        #expect(failure?.issues.map(\.occurrences) == [200_000])
        #expect(failure?.issues.first?.lastRow == 200_001)
        #expect(failure?.omittedCount == 0)
        #expect(elapsed < .seconds(30))
    }

    @Test func anUnclosedQuoteBeforeTenMegabytesIsReportedWhereItOpens() throws {
        let bytes = Self.header + Array((Self.validRow + "\nDEMO1,\"2024" + String(repeating: ",x\n", count: 3_000_000)).utf8)
        let (failure, elapsed) = Self.parse(bytes)
        #expect(Self.located(failure) == ["malformedQuotes 3 year"])
        #expect(elapsed < .seconds(60), "linear, not quadratic: generous so a busy machine does not fail it")
    }

    @Test func aCellOfFiveMillionEscapedQuotesIsShownShortened() throws {
        let cell = "\"" + String(repeating: "\"\"", count: 5_000_000) + "\""
        let bytes = Self.header + Array((cell + ",2024,WRES,2,shortlisted,bme,30\n").utf8)
        let (failure, elapsed) = Self.parse(bytes)
        #expect(Self.located(failure) == ["unknownOrganisation 2 organisation"])
        #expect(failure?.report.utf8.count ?? .max < 1_000)
        #expect(elapsed < .seconds(60), "linear, not quadratic: generous so a busy machine does not fail it")
    }

    @Test func aBadRowAfterAMillionBlankLinesIsNamedByItsLine() throws {
        let bytes = Self.header + [UInt8](repeating: UInt8(ascii: "\n"), count: 1_000_000) + Array("DEMO1,2024,WRES,2,shortlisted,bme,x".utf8)
        let (failure, elapsed) = Self.parse(bytes)
        #expect(Self.located(failure) == ["invalidCount 1000002 count"])
        #expect(elapsed < .seconds(60), "linear, not quadratic: generous so a busy machine does not fail it")
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func aMegabyteOfRandomBytesIsRefused(_ seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        let bytes = (0..<1_048_576).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let (failure, elapsed) = Self.parse(bytes)
        #expect(failure?.issues.first?.kind == .invalidEncoding)
        #expect(elapsed < .seconds(60), "linear, not quadratic: generous so a busy machine does not fail it")
    }
}
