/// How a chart marks a flag: a tint, a pattern and a shape — the same shapes as the flag tags
/// on the pages (a triangle for adverse, a tick for non-adverse, a diamond for favourable, a
/// dashed circle for too few to conclude, a dash for n/a) — so colour is never the only signal.
enum FlagMark {
    /// The class modifier of a flag's tint and shape: `p-chart__cell--adverse` and so on;
    /// "none" for figures that carry no flag (WRES indicators 1 and 9).
    static func modifier(_ flag: Flag?) -> String {
        switch flag {
        case nil: "none"
        case .notApplicable?: "n-a"
        case let flag?: flag.rawValue
        }
    }

    /// The pattern a flag's cells are filled with, when it has one: hatching for adverse,
    /// dots for favourable. Ids start with the chart's.
    static func patternID(_ flag: Flag?, chart: String) -> String? {
        switch flag {
        case .adverse?: "\(chart)-hatch"
        case .favourable?: "\(chart)-dots"
        default: nil
        }
    }

    /// The `<defs>` holding the patterns of `patternID`.
    static func patterns(chart: String, into writer: inout SVGWriter) {
        writer.open("defs")
        writer.open("pattern", [("id", "\(chart)-hatch"), ("width", "8"), ("height", "8"), ("patternUnits", "userSpaceOnUse"), ("patternTransform", "rotate(45)")])
        writer.rect(x: 0, y: 0, width: 8, height: 8, class: "p-chart__tint--adverse")
        writer.line(x1: 0, y1: 0, x2: 0, y2: 8, class: "p-chart__hatch")
        writer.close("pattern")
        writer.open("pattern", [("id", "\(chart)-dots"), ("width", "8"), ("height", "8"), ("patternUnits", "userSpaceOnUse")])
        writer.rect(x: 0, y: 0, width: 8, height: 8, class: "p-chart__tint--favourable")
        writer.element("circle", [("cx", "4"), ("cy", "4"), ("r", "1.4"), ("class", "p-chart__dot")])
        writer.close("pattern")
        writer.close("defs")
    }

    /// A cell or swatch tinted, and patterned, for `flag`. A patterned cell takes its fill from
    /// its `fill` attribute, which the stylesheet leaves alone (a CSS fill would win over it).
    static func swatch(_ flag: Flag?, chart: String, x: Double, y: Double, width: Double, height: Double, into writer: inout SVGWriter) {
        let extra: SVGWriter.Attributes = patternID(flag, chart: chart).map { [("fill", "url(#\($0))")] } ?? []
        writer.rect(x: x, y: y, width: width, height: height, class: "p-chart__cell p-chart__cell--\(modifier(flag))", extra: extra)
    }

    /// The flag's shape, centred on (`x`, `y`), about `size` across.
    static func symbol(_ flag: Flag, x: Double, y: Double, size: Double, into writer: inout SVGWriter) {
        let r = size / 2
        let name = "p-chart__symbol p-chart__symbol--\(modifier(flag))"
        switch flag {
        case .adverse:
            writer.element("polygon", [("points", SVGWriter.points([(x, y - r), (x + r, y + r * 0.8), (x - r, y + r * 0.8)])), ("class", name)])
        case .nonAdverse:
            writer.element("polyline", [("points", SVGWriter.points([(x - r, y), (x - r * 0.25, y + r * 0.7), (x + r, y - r * 0.8)])), ("class", name)])
        case .favourable:
            writer.element("polygon", [("points", SVGWriter.points([(x, y - r), (x + r, y), (x, y + r), (x - r, y)])), ("class", name)])
        case .tooFewToConclude:
            writer.element("circle", [("cx", SVGWriter.number(x)), ("cy", SVGWriter.number(y)), ("r", SVGWriter.number(r * 0.8)), ("class", name)])
        case .notApplicable:
            writer.line(x1: x - r * 0.8, y1: y, x2: x + r * 0.8, y2: y, class: name)
        }
    }
}
