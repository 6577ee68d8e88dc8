import Foundation

/// Finds the tables of a page Parity rendered (`<table class="p-table">`) and reads their
/// cells as text: tags dropped, character references decoded, white space collapsed, and a
/// cell spanning columns followed by empty cells so the columns stay in line. Controls
/// (buttons, selects, scripts) and anything hidden from everyone (`aria-hidden="true"`) are
/// left out; text for screen readers only is kept, since it names what a cell holds. A table
/// marked `data-download="none"` is skipped. Written for Parity's own templates, where Leaf
/// escapes every value, not for arbitrary HTML.
struct PageTableReader {
    private let html: [UInt8]

    init(_ html: [UInt8]) {
        self.html = html
    }

    /// Where each downloadable table is, in page order.
    func places() -> [PageTablePlace] {
        var places: [PageTablePlace] = []
        var position = 0
        while let table = nextTable(from: position) {
            let caption = captionText(in: table.contentStart..<table.end)
            places.append(PageTablePlace(caption: caption, end: table.end))
            position = table.end
        }
        return places
    }

    /// Every downloadable table with its cells, in page order.
    func tables() -> [PageTable] {
        var tables: [PageTable] = []
        var position = 0
        while let table = nextTable(from: position) {
            tables.append(read(table.contentStart..<table.end))
            position = table.end
        }
        return tables
    }

    // MARK: - Finding tables

    private struct Span {
        var contentStart: Int
        var end: Int
    }

    /// Jumps from one `<table` to the next by byte search: pages hold thousands of tags and
    /// every page passes through here, so the other tags are never parsed.
    private func nextTable(from start: Int) -> Span? {
        var position = start
        while let open = find(Self.tableOpen, from: position) {
            guard let tag = nextTag(from: open), tag.name == "table", !tag.isClosing else {
                position = open + 1
                continue
            }
            guard let close = closingTable(from: tag.end) else { return nil }
            let classes = tag.attribute("class", in: html) ?? ""
            if classes.split(separator: " ").contains("p-table"), tag.attribute("data-download", in: html) != "none" {
                return Span(contentStart: tag.end, end: close)
            }
            position = close
        }
        return nil
    }

    /// The offset just after the `</table>` matching a table opened before `start`.
    private func closingTable(from start: Int) -> Int? {
        var depth = 1
        var position = start
        while let close = find(Self.tableClose, from: position) {
            if let open = find(Self.tableOpen, from: position), open < close {
                // A table opened before this close nests inside the one being closed.
                if let tag = nextTag(from: open), tag.name == "table" { depth += 1 }
                position = open + 1
                continue
            }
            guard let tag = nextTag(from: close) else { return nil }
            position = tag.end
            depth -= 1
            if depth == 0 { return tag.end }
        }
        return nil
    }

    private static let tableOpen = Array("<table".utf8)
    private static let tableClose = Array("</table".utf8)

    private func captionText(in range: Range<Int>) -> String {
        var position = range.lowerBound
        while let tag = nextTag(from: position), tag.end <= range.upperBound {
            position = tag.end
            if tag.name == "caption", !tag.isClosing {
                var text = TextCollector()
                collect(from: tag.end, until: "caption", limit: range.upperBound, into: &text)
                return text.finish()
            }
            if ["tr", "thead", "tbody"].contains(tag.name) { break }
        }
        return ""
    }

    // MARK: - Reading cells

    private func read(_ range: Range<Int>) -> PageTable {
        var table = PageTable(caption: "", rows: [])
        var position = range.lowerBound
        var inHead = false
        while let tag = nextTag(from: position), tag.end <= range.upperBound {
            position = tag.end
            switch (tag.name, tag.isClosing) {
            case ("caption", false):
                var text = TextCollector()
                position = collect(from: tag.end, until: "caption", limit: range.upperBound, into: &text)
                table.caption = text.finish()
            case ("thead", let closing):
                inHead = !closing
            case ("tr", false):
                table.rows.append(PageTable.Row(cells: [], isHeading: inHead))
            case ("th", false), ("td", false):
                var text = TextCollector()
                let name = tag.name
                position = collect(from: tag.end, until: name, limit: range.upperBound, into: &text)
                if table.rows.isEmpty { table.rows.append(PageTable.Row(cells: [], isHeading: inHead)) }
                let span = tag.attribute("colspan", in: html).flatMap(Int.init).map { min(max($0, 1), 100) } ?? 1
                table.rows[table.rows.count - 1].cells.append(text.finish())
                table.rows[table.rows.count - 1].cells.append(contentsOf: Array(repeating: "", count: span - 1))
            default:
                continue
            }
        }
        return table
    }

    /// Collects the text up to the closing tag `name` (at the same depth), skipping controls
    /// and hidden elements; returns the offset after that closing tag.
    @discardableResult
    private func collect(from start: Int, until name: String, limit: Int, into text: inout TextCollector) -> Int {
        var position = start
        var skipping: [String] = []
        while position < limit {
            guard let tag = nextTag(from: position), tag.start < limit else {
                if skipping.isEmpty { text.append(html[position..<limit]) }
                return limit
            }
            if skipping.isEmpty { text.append(html[position..<tag.start]) }
            position = tag.end
            if !skipping.isEmpty {
                if tag.isClosing {
                    if tag.name == skipping.last { skipping.removeLast() }
                } else if !tag.isSelfClosing, !Self.voidElements.contains(tag.name) {
                    skipping.append(tag.name)
                }
                continue
            }
            if tag.isClosing, tag.name == name { return tag.end }
            if !tag.isClosing, !tag.isSelfClosing, Self.skipped.contains(tag.name) || tag.attribute("aria-hidden", in: html) == "true" {
                if !Self.voidElements.contains(tag.name) { skipping.append(tag.name) }
                continue
            }
            if Self.breaking.contains(tag.name) { text.appendSpace() }
        }
        return position
    }

    private static let skipped: Set<String> = ["button", "select", "script", "style", "svg", "template", "textarea"]
    private static let voidElements: Set<String> = ["br", "hr", "img", "input", "meta", "link", "wbr", "col", "source"]
    /// Tags that separate words even when the markup has no space around them.
    private static let breaking: Set<String> = ["br", "p", "li", "div", "ul", "ol"]

    // MARK: - Tags

    private struct Tag {
        var name: String
        var isClosing: Bool
        var isSelfClosing: Bool
        var start: Int
        var end: Int
        var attributes: Range<Int>

        /// An attribute's value (without its quotes, character references left as written).
        func attribute(_ wanted: String, in html: [UInt8]) -> String? {
            let text = String(decoding: html[attributes], as: UTF8.self)
            var rest = Substring(text)
            while let equals = rest.firstIndex(of: "=") {
                let name = rest[..<equals].split(whereSeparator: \.isWhitespace).last.map { $0.lowercased() } ?? ""
                var value = rest[rest.index(after: equals)...].drop(while: \.isWhitespace)
                let found: Substring
                if let quote = value.first, quote == "\"" || quote == "'" {
                    value = value.dropFirst()
                    let close = value.firstIndex(of: quote) ?? value.endIndex
                    found = value[..<close]
                    rest = close < value.endIndex ? value[value.index(after: close)...] : ""
                } else {
                    let close = value.firstIndex(where: \.isWhitespace) ?? value.endIndex
                    found = value[..<close]
                    rest = value[close...]
                }
                if name == wanted { return String(found) }
            }
            return nil
        }
    }

    /// The next start or end tag at or after `start`; comments and declarations are passed over.
    private func nextTag(from start: Int) -> Tag? {
        var position = start
        while position < html.count {
            guard let open = html[position...].firstIndex(of: UInt8(ascii: "<")) else { return nil }
            if html[open...].starts(with: Array("<!--".utf8)) {
                guard let close = find(Array("-->".utf8), from: open + 4) else { return nil }
                position = close + 3
                continue
            }
            guard let close = html[open...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
            var nameStart = open + 1
            let isClosing = nameStart < close && html[nameStart] == UInt8(ascii: "/")
            if isClosing { nameStart += 1 }
            var nameEnd = nameStart
            while nameEnd < close, Self.isNameByte(html[nameEnd]) { nameEnd += 1 }
            guard nameEnd > nameStart else {
                position = open + 1
                continue
            }
            let name = String(decoding: html[nameStart..<nameEnd], as: UTF8.self).lowercased()
            let isSelfClosing = close > open && html[close - 1] == UInt8(ascii: "/")
            return Tag(name: name, isClosing: isClosing, isSelfClosing: isSelfClosing, start: open, end: close + 1, attributes: nameEnd..<close)
        }
        return nil
    }

    /// The offset of `needle` at or after `start`, found with `memchr` on its first byte.
    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        html.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            var index = start
            while index + needle.count <= buffer.count {
                guard let hit = memchr(base + index, Int32(needle[0]), buffer.count - index) else { return nil }
                let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                guard offset + needle.count <= buffer.count else { return nil }
                if memcmp(base + offset, needle, needle.count) == 0 { return offset }
                index = offset + 1
            }
            return nil
        }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
