import Testing
@testable import ParityCore

struct CSVReaderTests {
    /// A record or an error, written compactly so that tables stay readable.
    enum Read: Equatable, Sendable {
        case record(Int, [String])
        case error(CSVSyntaxError.Kind, row: Int, field: Int)
    }

    static func read(_ bytes: [UInt8]) -> [Read] {
        CSVReader(bytes).map { entry in
            switch entry {
            case let .success(record): .record(record.row, record.fields)
            case let .failure(error): .error(error.kind, row: error.row, field: error.field)
            }
        }
    }

    static let wellFormed: [(String, [Read])] = [
        ("a,b\nc,d", [.record(1, ["a", "b"]), .record(2, ["c", "d"])]),
        ("a,b\r\nc,d\r\n", [.record(1, ["a", "b"]), .record(2, ["c", "d"])]),
        ("a\rb\r", [.record(1, ["a"]), .record(2, ["b"])]),
        ("\u{FEFF}a,b\n", [.record(1, ["a", "b"])]),
        ("a\n\n\r\n\nb", [.record(1, ["a"]), .record(5, ["b"])]),
        ("a,\n,", [.record(1, ["a", ""]), .record(2, ["", ""])]),
        ("\"a,b\",c", [.record(1, ["a,b", "c"])]),
        ("\"say \"\"hi\"\"\",\"\"", [.record(1, ["say \"hi\"", ""])]),
        ("\"x\ny\r\nz\",w\nnext", [.record(1, ["x\ny\r\nz", "w"]), .record(4, ["next"])]),
        ("\"a\rb\",c\rnext", [.record(1, ["a\rb", "c"]), .record(3, ["next"])]),
        (" spaced , kept ", [.record(1, [" spaced ", " kept "])]),
        ("é,ü,日本", [.record(1, ["é", "ü", "日本"])]),
        ("", []),
        ("\u{FEFF}", []),
    ]

    @Test(arguments: wellFormed)
    func readsRecordsWithTheLineTheyStartOn(_ input: String, _ expected: [Read]) {
        #expect(Self.read(Array(input.utf8)) == expected)
    }

    static let malformed: [(String, [Read])] = [
        ("a\"b,c\nd", [.error(.quoteInUnquotedField, row: 1, field: 0), .record(2, ["d"])]),
        ("x,\"a\"b,c\nd", [.error(.textAfterClosingQuote, row: 1, field: 1), .record(2, ["d"])]),
        ("x\n\"a\nb\"c\nd", [.record(1, ["x"]), .error(.textAfterClosingQuote, row: 3, field: 0), .record(4, ["d"])]),
        ("x\ny,\"abc\ndef", [.record(1, ["x"]), .error(.unterminatedQuote, row: 2, field: 1)]),
    ]

    @Test(arguments: malformed)
    func reportsMalformedQuotesAndCarriesOnAtTheNextLine(_ input: String, _ expected: [Read]) {
        #expect(Self.read(Array(input.utf8)) == expected)
    }

    static let notUTF8: [([UInt8], [Read])] = [
        // a,<0xFF>\nb
        ([0x61, 0x2C, 0xFF, 0x0A, 0x62], [.error(.invalidUTF8, row: 1, field: 1), .record(2, ["b"])]),
        // Latin-1 "é" inside a quoted cell
        ([0x22, 0xE9, 0x22, 0x0A], [.error(.invalidUTF8, row: 1, field: 0)]),
        // Overlong encoding of "/" and an encoded surrogate are not UTF-8 either.
        ([0xC0, 0xAF], [.error(.invalidUTF8, row: 1, field: 0)]),
        ([0xED, 0xA0, 0x80], [.error(.invalidUTF8, row: 1, field: 0)]),
        // A sequence cut short at the end of the file.
        ([0x61, 0x2C, 0xE2, 0x82], [.error(.invalidUTF8, row: 1, field: 1)]),
    ]

    @Test(arguments: notUTF8)
    func reportsBytesThatAreNotUTF8(_ input: [UInt8], _ expected: [Read]) {
        #expect(Self.read(input) == expected)
    }

    @Test func readsAHugeCellWithManyQuotesInLinearTime() throws {
        // given: one cell of a million escaped quotes (2 MB), then a line of 200,000 cells
        let quotes = 1_000_000
        let cells = 200_000
        var bytes: [UInt8] = [0x22] + Array(repeating: 0x22, count: quotes * 2) + [0x22, 0x0A]
        bytes += Array(Array(repeating: "x", count: cells).joined(separator: ",").utf8)
        // when
        let start = ContinuousClock.now
        let records = try CSVReader(bytes).map { try $0.get() }
        let elapsed = ContinuousClock.now - start
        // then
        #expect(records.count == 2)
        #expect(records.first?.fields.first?.utf8.count == quotes)
        #expect(records.last?.fields.count == cells)
        #expect(records.last?.row == 2)
        #expect(elapsed < .seconds(10), "a quadratic reader would take hours")
    }
}
