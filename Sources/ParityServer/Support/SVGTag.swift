import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Leaf
import NIOConcurrencyHelpers
import Vapor

/// `#svg(chart.svg)`: puts a chart's SVG, written and escaped by ParityCore, into a page. It is
/// the only tag that prints markup unescaped, so it prints only what it has checked
/// (`ChartMarkup.isSafe`); anything else prints nothing.
struct SVGTag: UnsafeUnescapedLeafTag {
    func render(_ ctx: LeafContext) throws -> LeafData {
        guard let markup = ctx.parameters.first?.string, ChartMarkup.isSafe(markup) else { return .string("") }
        return .string(markup)
    }
}

/// The check `SVGTag` makes: well-formed XML whose root is `<svg>`, holding only the
/// elements and attributes charts draw with — no script, event handler, link, style,
/// foreign content, entity declaration or processing instruction.
enum ChartMarkup {
    static let elements: Set = ["svg", "title", "desc", "defs", "pattern", "g", "rect", "line", "polyline", "polygon", "circle", "text"]
    static let attributes: Set = [
        "xmlns", "class", "viewBox", "role", "aria-labelledby", "focusable", "id", "x", "y", "x1", "y1", "x2", "y2",
        "width", "height", "cx", "cy", "r", "points", "text-anchor", "fill", "patternUnits", "patternTransform",
    ]

    /// Checks `markup`, or finds it among markup already found safe: a signed-in reader's page
    /// is built for them each time, and parsing its charts' SVG again (the region page's are
    /// hundreds of kilobytes) was a sixth of the page's cost. Kept by SHA-256, so memory
    /// stays small; emptied when full.
    static func isSafe(_ markup: String) -> Bool {
        let digest = SHA256.hash(data: Data(markup.utf8))
        if checkedSafe.withLockedValue({ $0.contains(digest) }) { return true }
        guard check(markup) else { return false }
        checkedSafe.withLockedValue {
            if $0.count >= maximumRemembered { $0.removeAll(keepingCapacity: true) }
            $0.insert(digest)
        }
        return true
    }

    private static let checkedSafe = NIOLockedValueBox(Set<SHA256Digest>())
    private static let maximumRemembered = 4096

    private static func check(_ markup: String) -> Bool {
        guard markup.hasPrefix("<svg "), markup.hasSuffix("</svg>"), !markup.contains("<!"), !markup.contains("<?") else { return false }
        let checker = Checker()
        let parser = XMLParser(data: Data(markup.utf8))
        parser.shouldResolveExternalEntities = false
        parser.delegate = checker
        return parser.parse() && checker.isSafe
    }

    private final class Checker: NSObject, XMLParserDelegate {
        var isSafe = true
        private var depth = 0

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            let allowed = ChartMarkup.elements.contains(name) && (depth > 0 || name == "svg")
                && attributes.allSatisfy { ChartMarkup.attributes.contains($0.key) && Self.allows($0.key, $0.value) }
            if !allowed {
                isSafe = false
                parser.abortParsing()
            }
            depth += 1
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            depth -= 1
        }

        /// Foundation's parser on Linux may still answer true after an error: any error fails.
        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            isSafe = false
        }

        /// A fill may only name a pattern of the chart itself; a transform may only rotate.
        private static func allows(_ name: String, _ value: String) -> Bool {
            switch name {
            case "fill": value.wholeMatch(of: /url\(#[A-Za-z0-9_-]+\)/) != nil
            case "patternTransform": value.wholeMatch(of: /rotate\([0-9]+\)/) != nil
            default: true
            }
        }
    }
}
