extension QRCode {
    /// A standalone SVG image of the symbol: a white background, one black `<path>` of the
    /// dark modules (horizontal runs merged into single rectangles), `role="img"` with a
    /// `<title>` for screen readers, and `shape-rendering="crispEdges"` so modules stay sharp.
    /// Width and height are `(size + 2·quietZone)·moduleSize` pixels; the viewBox is in modules.
    /// The quiet zone defaults to the 4 modules ISO/IEC 18004 §6.3.8 requires.
    public func svg(moduleSize: Int = 8, quietZone: Int = 4, title: String) -> String {
        let extent = size + 2 * quietZone
        let pixels = extent * moduleSize
        var path = ""
        for y in 0..<size {
            var x = 0
            while x < size {
                guard self[x, y] else { x += 1; continue }
                let start = x
                while x < size, self[x, y] { x += 1 }
                path += "M\(start + quietZone) \(y + quietZone)h\(x - start)v1h-\(x - start)z"
            }
        }
        return """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(pixels)" height="\(pixels)" \
        viewBox="0 0 \(extent) \(extent)" role="img" shape-rendering="crispEdges">\
        <title>\(XMLEscaping.escaped(title))</title>\
        <rect width="\(extent)" height="\(extent)" fill="#fff"/>\
        <path fill="#000" d="\(path)"/>\
        </svg>
        """
    }
}
