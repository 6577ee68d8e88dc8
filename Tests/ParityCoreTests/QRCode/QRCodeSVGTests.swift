import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ParityCore

@Suite struct QRCodeSVGTests {
    static let link = "https://parity.example.nhs.uk/networks/join/7f3a9c2e"

    @Test(arguments: [(8, 4, 328, 41), (4, 2, 148, 37), (1, 0, 33, 33)])
    func sizeIsModulesPlusQuietZoneTimesModuleSize(moduleSize: Int, quietZone: Int, pixels: Int, extent: Int) throws {
        // given: 52 bytes need a 4-M symbol, 33 modules wide
        let code = try QRCode.encode(Self.link)
        try #require(code.size == 33)
        // when
        let svg = code.svg(moduleSize: moduleSize, quietZone: quietZone, title: "QR")
        // then
        #expect(svg.contains(#"width="\#(pixels)" height="\#(pixels)""#))
        #expect(svg.contains(#"viewBox="0 0 \#(extent) \#(extent)""#))
        #expect(svg.contains(##"<rect width="\##(extent)" height="\##(extent)" fill="#fff"/>"##))
    }

    @Test func carriesAccessibilityAndRenderingAttributes() throws {
        let svg = try QRCode.encode(Self.link).svg(title: "Join the BME staff network")
        #expect(svg.hasPrefix(#"<svg xmlns="http://www.w3.org/2000/svg""#))
        #expect(svg.contains(#"role="img""#))
        #expect(svg.contains(#"shape-rendering="crispEdges""#))
        #expect(svg.contains("<title>Join the BME staff network</title>"))
        #expect(svg.components(separatedBy: "<path").count == 2)
    }

    @Test(arguments: [
        (#"Staff <BME> & "Allies" 'net'"#, "Staff &lt;BME&gt; &amp; &quot;Allies&quot; &apos;net&apos;"),
        ("Réseau ✓", "Réseau ✓"),
        ("bell\u{07}null\u{00}tab\t", "bellnulltab\t"),
        ("&amp;", "&amp;amp;"),
    ])
    func titleIsEscaped(title: String, expected: String) throws {
        let svg = try QRCode.encode("x").svg(title: title)
        #expect(svg.contains("<title>\(expected)</title>"))
    }

    @Test func isWellFormedXMLWithHostileTitle() throws {
        let svg = try QRCode.encode(Self.link).svg(title: "</title><script>alert('x')</script>&\u{01}")
        let parser = XMLParser(data: Data(svg.utf8))
        let elements = ElementCollector()
        parser.delegate = elements
        #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
        #expect(elements.names == ["svg", "title", "rect", "path"])
        #expect(elements.title == "</title><script>alert('x')</script>&")
    }

    /// Replays the path's `M x y h n v1 h-n z` rectangles and compares them with the modules,
    /// so merged runs can neither drop nor invent a dark module.
    @Test(arguments: [("x", QRErrorCorrection.low), (link, .medium), (String(repeating: "0123456789abcdef", count: 7), .high)])
    func pathCoversExactlyTheDarkModules(text: String, level: QRErrorCorrection) throws {
        let code = try QRCode.encode(text, correction: level)
        let quiet = 3
        let svg = code.svg(quietZone: quiet, title: "QR")
        let start = try #require(svg.range(of: #" d=""#))
        let path = svg[start.upperBound...].prefix { $0 != "\"" }
        var painted = Array(repeating: Array(repeating: false, count: code.size), count: code.size)
        var runs = 0
        for command in path.split(separator: "z") {
            let numbers = command.split(whereSeparator: { "Mhv ".contains($0) }).compactMap { Int($0) }
            try #require(numbers.count == 5, "\(command)")
            let (x, y, width) = (numbers[0] - quiet, numbers[1] - quiet, numbers[2])
            #expect(numbers[3] == 1 && numbers[4] == -width)
            for column in x..<x + width {
                #expect(!painted[y][column], "painted twice at \(column),\(y)")
                painted[y][column] = true
            }
            // Runs are maximal: the module after each run is light or outside.
            #expect(x + width == code.size || !code[x + width, y])
            runs += 1
        }
        #expect(painted == code.rows)
        #expect(runs > 0)
    }
}

private final class ElementCollector: NSObject, XMLParserDelegate {
    var names: [String] = []
    var title = ""
    private var inTitle = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        names.append(name)
        inTitle = name == "title"
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        inTitle = false
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inTitle { title += string }
    }
}
