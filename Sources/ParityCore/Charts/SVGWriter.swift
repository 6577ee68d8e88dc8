/// Writes SVG markup element by element. Every attribute value and every piece of text goes
/// through `XMLEscaping`, so no name or label can put markup into a chart; numbers are
/// written with at most two decimals and "." whatever the locale. Appearance comes from
/// `p-chart__…` classes in the site's stylesheet: the Content-Security-Policy forbids
/// `style` attributes.
struct SVGWriter {
    typealias Attributes = [(String, String)]

    private(set) var markup = ""

    /// Opens `<name …>`; close it with `close(_:)`.
    mutating func open(_ name: String, _ attributes: Attributes = []) {
        markup += "<\(name)\(Self.attributes(attributes))>"
    }

    mutating func close(_ name: String) {
        markup += "</\(name)>"
    }

    /// An element with no content: `<rect …/>`.
    mutating func element(_ name: String, _ attributes: Attributes) {
        markup += "<\(name)\(Self.attributes(attributes))/>"
    }

    /// An element holding text only: `<text …>escaped</text>`.
    mutating func text(_ name: String = "text", _ attributes: Attributes = [], _ content: String) {
        markup += "<\(name)\(Self.attributes(attributes))>\(XMLEscaping.escaped(content))</\(name)>"
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, class name: String) {
        element("line", [("x1", Self.number(x1)), ("y1", Self.number(y1)), ("x2", Self.number(x2)), ("y2", Self.number(y2)), ("class", name)])
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, class name: String, extra: Attributes = []) {
        element("rect", [("x", Self.number(x)), ("y", Self.number(y)), ("width", Self.number(max(width, 0))),
                         ("height", Self.number(max(height, 0))), ("class", name)] + extra)
    }

    mutating func label(_ content: String, x: Double, y: Double, anchor: String = "start", class name: String? = nil) {
        var attributes: Attributes = [("x", Self.number(x)), ("y", Self.number(y))]
        if anchor != "start" { attributes.append(("text-anchor", anchor)) }
        if let name { attributes.append(("class", name)) }
        text("text", attributes, content)
    }

    /// `points` as the value of a `points` or path attribute: "x,y x,y …".
    static func points(_ points: [(Double, Double)]) -> String {
        points.map { "\(number($0.0)),\(number($0.1))" }.joined(separator: " ")
    }

    /// `x` rounded to hundredths, without trailing zeros: "12", "3.5", "-0.25". A value that
    /// is not finite is written as 0, so the document stays well-formed.
    static func number(_ x: Double) -> String {
        guard x.isFinite, abs(x) < 1e12 else { return "0" }
        let hundredths = Int((x * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let whole = abs(hundredths) / 100, fraction = abs(hundredths) % 100
        switch fraction {
        case 0: return sign + String(whole)
        case _ where fraction % 10 == 0: return sign + "\(whole).\(fraction / 10)"
        case ..<10: return sign + "\(whole).0\(fraction)"
        default: return sign + "\(whole).\(fraction)"
        }
    }

    private static func attributes(_ attributes: Attributes) -> String {
        attributes.map { " \($0.0)=\"\(XMLEscaping.escaped($0.1))\"" }.joined()
    }
}
