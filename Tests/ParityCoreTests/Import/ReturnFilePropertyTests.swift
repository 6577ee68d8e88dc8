import PropertyBased
import Testing
@testable import ParityCore

/// Property-based checks of the return file reader and validator (issue 12): whatever bytes
/// arrive, `parseFile` answers (never crashes) with rows or with a failure that lists at least
/// one problem; and any valid return written as CSV reads back to exactly its rows.
struct ReturnFilePropertyTests {
    static func parse(_ bytes: [UInt8]) -> Result<ParsedReturnFile, ImportFailure> {
        ReturnFileParser().parseFile(bytes, fileName: "random.csv", context: ReturnFixture.context)
    }

    /// An answer is rows, or a failure naming the file with between 1 and `maximumIssues` issues.
    static func expectAnswer(_ result: Result<ParsedReturnFile, ImportFailure>) {
        guard case let .failure(failure) = result else { return }
        #expect(!failure.issues.isEmpty)
        #expect(failure.issues.count <= ImportLimits.standard.maximumIssues)
        #expect(failure.issues.allSatisfy { $0.file == "random.csv" && !$0.message.isEmpty })
    }

    @Test func randomBytesAreAnsweredWithoutCrashing() async {
        await propertyCheck(count: 300, input: Gen<UInt8>.value().array(of: 0...2_048)) { bytes in
            Self.expectAnswer(Self.parse(bytes))
        }
    }

    /// Bytes that matter to CSV and to the checks, so that random text reaches past the header.
    static let csvBytes = Array("\"\",\r\n -0123456789eE.+=@\t".utf8) + [0x00, 0x80, 0xC3, 0xA9, 0xEF, 0xBB, 0xBF, 0xFF, 0xFE]

    @Test func randomTextAfterAValidHeaderIsAnsweredWithoutCrashing() async {
        let text = Gen<UInt8?>.element(of: Self.csvBytes).map { $0! }.array(of: 0...2_048)
        await propertyCheck(count: 300, input: text) { bytes in
            Self.expectAnswer(Self.parse(Array((ReturnFixture.header + "\n").utf8) + bytes))
        }
    }

    /// One edit of a valid file: replace, insert or delete a byte at a position.
    enum Mutation: Sendable {
        case replace(Int, UInt8), insert(Int, UInt8), delete(Int)
    }

    @Test func randomEditsOfAValidFileAreAnsweredWithoutCrashing() async throws {
        let valid = try ReturnFixture.bytes("valid")
        let mutation = Gen<Mutation>.oneOf(
            zip(Gen.int(in: 0..<valid.count), Gen<UInt8?>.element(of: Self.csvBytes)).map { Mutation.replace($0, $1!) }.eraseToAnySequence(),
            zip(Gen.int(in: 0..<valid.count), Gen<UInt8?>.element(of: Self.csvBytes)).map { Mutation.insert($0, $1!) }.eraseToAnySequence(),
            Gen.int(in: 0..<valid.count).map { Mutation.delete($0) }.eraseToAnySequence()
        )
        await propertyCheck(count: 300, input: mutation.array(of: 1...8)) { mutations in
            var bytes = valid
            for edit in mutations {
                switch edit {
                case let .replace(index, byte): bytes[min(index, bytes.count - 1)] = byte
                case let .insert(index, byte): bytes.insert(byte, at: min(index, bytes.count))
                case let .delete(index): bytes.remove(at: min(index, bytes.count - 1))
                }
            }
            Self.expectAnswer(Self.parse(bytes))
        }
    }

    @Test func validGeneratedReturnsReadBackToTheirRows() async throws {
        await propertyCheck(count: 200, input: GeneratedReturn.generator) { generated in
            let parsed = Self.parse(generated.bytes)
            #expect(parsed == .success(generated.rows), "\(String(decoding: generated.bytes, as: UTF8.self))")
        }
    }
}

/// A valid return file made at random, and the rows it must read back to. Measures whose counts
/// are bounded by another row's (appointed, survey yes, events, engagement scores, 9b answers)
/// are left out, so that every generated file is valid; the cross-row checks have their own tests.
struct GeneratedReturn: Sendable {
    let rows: ParsedReturnFile
    let bytes: [UInt8]

    static let wresMeasures = Measure.allWRES.filter { ![.appointed, .surveyYes, .enteredDisciplinary, .accessedTraining].contains($0) }
    static let wdesMeasures = WDESMeasure.allWDES.filter { ![.appointed, .surveyYes, .enteredCapability, .engagementScoreSum, .actionTaken].contains($0) }
    static let intersectionMeasures = Measure.allWRES.filter { if case .headcount = $0 { true } else { $0 == .shortlisted } }

    static let generator = Generator<GeneratedReturn, Shrink.None<GeneratedReturn>> { rng in
        var wres: [ReturnRow] = [], wdes: [WDESReturnRow] = [], intersection: [IntersectionReturnRow] = []
        var lines: [[String]] = []
        var identities: Set<[String]> = []
        let organisations = ReturnFixture.context.knownOrganisations.sorted()
        for _ in 0..<Int.random(in: 0...60, using: &rng) {
            let organisation = organisations.randomElement(using: &rng)!
            let year = Int.random(in: ReturnFixture.context.acceptedYears, using: &rng)
            let count = Bool.random(using: &rng) ? Int.random(in: 0...20, using: &rng) : Int.random(in: 0...ImportLimits.standard.maximumCount, using: &rng)
            let isBlank = Int.random(in: 0..<10, using: &rng) == 0
            var cells: [String]
            switch Int.random(in: 0..<3, using: &rng) {
            case 0:
                let measure = wresMeasures.randomElement(using: &rng)!
                let indicator = measure.wresIndicators.randomElement(using: &rng)!
                let group = Standard.wres.groups.randomElement(using: &rng)!
                cells = [organisation, String(year), "WRES", String(indicator), measure.rawValue, group.rawValue]
                guard identities.insert(cells).inserted else { continue }
                if !isBlank { wres.append(ReturnRow(organisation: organisation, year: year, standard: .wres, indicator: indicator, measure: measure, group: group, count: count)) }
            case 1:
                let measure = wdesMeasures.randomElement(using: &rng)!
                let metric = measure.metrics.randomElement(using: &rng)!
                let group = measure.groups(in: metric).randomElement(using: &rng)!
                cells = [organisation, String(year), "WDES", metric.rawValue, measure.rawValue, group.rawValue]
                guard identities.insert(cells).inserted else { continue }
                if !isBlank { wdes.append(WDESReturnRow(organisation: organisation, year: year, metric: metric, measure: measure, group: group, count: count)) }
            default:
                let measure = intersectionMeasures.randomElement(using: &rng)!
                let indicator = measure == .shortlisted ? 2 : 1
                let group = IntersectionGroup.all.randomElement(using: &rng)!
                cells = [organisation, String(year), "WRES", String(indicator), measure.rawValue, group.rawValue]
                guard identities.insert(cells).inserted else { continue }
                if !isBlank { intersection.append(IntersectionReturnRow(organisation: organisation, year: year, indicator: indicator, measure: measure, group: group, count: count)) }
            }
            lines.append(cells + [isBlank ? "" : String(count)])
        }
        // Ways a spreadsheet may write the same file: quoting, padding, line ends, a byte order mark.
        let lineEnd = ["\n", "\r\n", "\r"].randomElement(using: &rng)!
        let quotesEveryCell = Bool.random(using: &rng)
        let pads = Bool.random(using: &rng)
        let written = ([ReturnColumn.header] + lines).map { cells in
            let shown = cells.map { pads && !$0.isEmpty ? " \($0) " : $0 }
            return quotesEveryCell ? shown.map { "\"\($0)\"" }.joined(separator: ",") : CSVWriter.line(shown)
        }
        let text = written.joined(separator: lineEnd) + (Bool.random(using: &rng) ? lineEnd : "")
        let bom: [UInt8] = Bool.random(using: &rng) ? CSVReader.byteOrderMark : []
        return GeneratedReturn(rows: ParsedReturnFile(wres: wres, wdes: wdes, intersection: intersection), bytes: bom + Array(text.utf8))
    }
}
