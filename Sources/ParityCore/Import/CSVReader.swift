/// Reads CSV records from UTF-8 bytes, one at a time, as RFC 4180 describes them: cells are
/// separated by commas; a cell in double quotes may hold commas, line breaks and quotes written
/// twice (`""`). A leading UTF-8 byte order mark is skipped; lines may end in CRLF, LF or a lone
/// CR; empty lines are skipped. A record that cannot be read is reported as a `CSVSyntaxError`
/// and reading carries on at the next line.
///
/// At most `maximumFields` cells of a record are kept, so one hostile line of a million commas
/// costs no more memory than a short one: blank cells past the limit are dropped (spreadsheets
/// write them past the last column), and a record with a non-blank cell past it is refused.
///
/// Every byte is visited a constant number of times, so reading is linear in the size of the
/// file however long its lines or cells are.
public struct CSVReader: Sendable, Sequence, IteratorProtocol {
    private let bytes: [UInt8]
    private let maximumFields: Int
    private var position: Int
    private var line = 1

    /// A reader over `bytes`, which should be UTF-8 text, optionally starting with a byte order
    /// mark, keeping at most `maximumFields` cells of each record.
    public init(_ bytes: [UInt8], maximumFields: Int = .max) {
        self.bytes = bytes
        self.maximumFields = maximumFields
        position = bytes.starts(with: Self.byteOrderMark) ? Self.byteOrderMark.count : 0
    }

    /// Returns the next record with the line it starts on, the error that kept it from being
    /// read, or `nil` after the last record.
    public mutating func next() -> Result<CSVRecord, CSVSyntaxError>? {
        while position < bytes.count, Self.isLineBreak(bytes[position]) { consumeLineBreak() }
        guard position < bytes.count else { return nil }
        let row = line
        var fields: [String] = []
        var encodingError: CSVSyntaxError?
        var fieldsError: CSVSyntaxError?
        while true {
            let startLine = line
            let isQuoted = position < bytes.count && bytes[position] == Self.quote
            switch isQuoted ? readQuotedCell() : readUnquotedCell() {
            case let .text(text) where fields.count == maximumFields:
                if !ImportText.isBlank(text) { fieldsError = fieldsError ?? tooManyFields(row: row) }
            case .invalidUTF8 where fields.count == maximumFields:
                fieldsError = fieldsError ?? tooManyFields(row: row)
            case let .text(text):
                fields.append(text)
            case .invalidUTF8:
                encodingError = encodingError ?? CSVSyntaxError(kind: .invalidUTF8, row: startLine, field: fields.count)
                fields.append("")
            case let .malformed(kind, errorLine):
                skipRestOfLine()
                return .failure(CSVSyntaxError(kind: kind, row: errorLine, field: fields.count))
            }
            guard position < bytes.count else { break }
            if bytes[position] == Self.comma {
                position += 1
            } else {
                consumeLineBreak()
                break
            }
        }
        if let error = encodingError ?? fieldsError { return .failure(error) }
        return .success(CSVRecord(row: row, fields: fields))
    }

    private func tooManyFields(row: Int) -> CSVSyntaxError {
        CSVSyntaxError(kind: .tooManyFields, row: row, field: maximumFields)
    }

    private enum Cell {
        case text(String)
        case invalidUTF8
        case malformed(CSVSyntaxError.Kind, line: Int)
    }

    private mutating func readUnquotedCell() -> Cell {
        let start = position
        var isASCII = true
        while position < bytes.count {
            let byte = bytes[position]
            if byte == Self.comma || Self.isLineBreak(byte) { break }
            if byte == Self.quote { return .malformed(.quoteInUnquotedField, line: line) }
            if byte >= 0x80 { isASCII = false }
            position += 1
        }
        return Self.decode(bytes[start..<position], isASCII: isASCII)
    }

    private mutating func readQuotedCell() -> Cell {
        let openingLine = line
        position += 1
        var content: [UInt8] = []
        var isASCII = true
        // Copied in segments between quotes so a long cell costs one pass, not one append per byte.
        var segmentStart = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == Self.quote {
                content.append(contentsOf: bytes[segmentStart..<position])
                position += 1
                if position < bytes.count, bytes[position] == Self.quote {
                    segmentStart = position
                    position += 1
                    continue
                }
                if position < bytes.count, bytes[position] != Self.comma, !Self.isLineBreak(bytes[position]) {
                    return .malformed(.textAfterClosingQuote, line: line)
                }
                return Self.decode(content, isASCII: isASCII)
            }
            if byte >= 0x80 { isASCII = false }
            if byte == Self.lineFeed || (byte == Self.carriageReturn && !isFollowedByLineFeed(position)) { line += 1 }
            position += 1
        }
        return .malformed(.unterminatedQuote, line: openingLine)
    }

    private mutating func consumeLineBreak() {
        if bytes[position] == Self.carriageReturn, isFollowedByLineFeed(position) { position += 1 }
        position += 1
        line += 1
    }

    private mutating func skipRestOfLine() {
        while position < bytes.count, !Self.isLineBreak(bytes[position]) { position += 1 }
        if position < bytes.count { consumeLineBreak() }
    }

    private func isFollowedByLineFeed(_ index: Int) -> Bool {
        index + 1 < bytes.count && bytes[index + 1] == Self.lineFeed
    }

    private static func decode(_ cell: some Collection<UInt8>, isASCII: Bool) -> Cell {
        if !isASCII, !isValidUTF8(cell) { return .invalidUTF8 }
        return .text(String(decoding: cell, as: UTF8.self))
    }

    private static func isValidUTF8(_ cell: some Collection<UInt8>) -> Bool {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = cell.makeIterator()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    private static func isLineBreak(_ byte: UInt8) -> Bool { byte == lineFeed || byte == carriageReturn }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
}
