import Foundation // String.removingPercentEncoding

/// Reads what must be known about a submitted form before it is decoded, in one linear pass
/// over its raw bytes. Decoding a form of many repeated keys (`x[]=&x[]=…`) is quadratic in
/// the framework's decoder: 258 KB took 12.5 s (issue 19), so a form's fields are counted,
/// and its CSRF token found, without decoding it.
public enum FormBody {
    /// More fields than any Parity form has (the largest, EDS, has a few dozen), and few
    /// enough that decoding them stays in milliseconds.
    public static let maximumFields = 2_000

    /// The number of `&`-separated pairs of an URL-encoded form (or query string).
    public static func fieldCount(urlEncoded bytes: some Collection<UInt8>) -> Int {
        bytes.isEmpty ? 0 : bytes.reduce(1) { $1 == UInt8(ascii: "&") ? $0 + 1 : $0 }
    }

    /// The first value of field `name` in an URL-encoded form, percent-decoded; nil when absent.
    public static func value(of name: String, urlEncoded bytes: [UInt8]) -> String? {
        for pair in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            guard decoded(parts[0]) == name else { continue }
            return parts.count == 2 ? decoded(parts[1]) : ""
        }
        return nil
    }

    /// How often a multipart form's boundary occurs: one more than its parts, the closing one
    /// counted, which bounds them as well.
    public static func partCount(multipart bytes: [UInt8], boundary: String) -> Int {
        occurrences(of: Array(("--" + boundary).utf8), in: bytes).count
    }

    /// The value of the first part named `name` of a multipart form; nil when absent.
    public static func value(of name: String, multipart bytes: [UInt8], boundary: String) -> String? {
        let delimiter = Array(("--" + boundary).utf8)
        let disposition = Array("name=\"\(name)\"".utf8)
        let starts = occurrences(of: delimiter, in: bytes)
        for (index, start) in starts.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1] : bytes.count
            let part = bytes[start..<end]
            guard let headersEnd = firstIndex(of: Array("\r\n\r\n".utf8), in: part),
                  firstIndex(of: disposition, in: part[start..<headersEnd]) != nil else { continue }
            var value = part[(headersEnd + 4)...]
            if value.suffix(2).elementsEqual("\r\n".utf8) { value = value.dropLast(2) }
            return String(decoding: value, as: UTF8.self)
        }
        return nil
    }

    private static func decoded(_ bytes: ArraySlice<UInt8>) -> String {
        let text = String(decoding: bytes.map { $0 == UInt8(ascii: "+") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
        return text.removingPercentEncoding ?? text
    }

    /// Where `needle` starts in `haystack`, left to right, not overlapping: linear for the
    /// short needles used here.
    private static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        var found: [Int] = []
        var from = haystack.startIndex
        while let index = firstIndex(of: needle, in: haystack[from...]) {
            found.append(index)
            from = index + needle.count
        }
        return found
    }

    private static func firstIndex(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
