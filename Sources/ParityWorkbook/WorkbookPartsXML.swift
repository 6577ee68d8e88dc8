import Foundation

/// Reads the workbook part (sheet names in tab order), its relationships (where each sheet's
/// part is) and the shared strings table.
enum WorkbookPartsXML {
    struct SheetEntry {
        var name: String
        var relationship: String
    }

    static func sheets(_ data: Data) throws(XLSXReader.Failure) -> [SheetEntry] {
        let events = XMLEvents()
        var sheets: [SheetEntry] = []
        events.onStart = { name, attributes in
            guard name == "sheet" else { return }
            guard let sheetName = attributes["name"], let relationship = XMLEvents.attribute("id", in: attributes) else {
                events.stop(.unreadable("a sheet of the workbook has no name or no part; the file is damaged: save it again from the spreadsheet"))
                return
            }
            sheets.append(SheetEntry(name: sheetName, relationship: relationship))
        }
        try events.walk(data, part: "xl/workbook.xml")
        return sheets
    }

    /// Relationship id → the part's path in the archive ("xl/worksheets/sheet1.xml").
    static func relationships(_ data: Data) throws(XLSXReader.Failure) -> [String: String] {
        let events = XMLEvents()
        var targets: [String: String] = [:]
        events.onStart = { name, attributes in
            guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
            targets[id] = path(of: target)
        }
        try events.walk(data, part: "xl/_rels/workbook.xml.rels")
        return targets
    }

    /// A relationship target as an archive path: absolute ("/xl/…") or relative to `xl/`.
    private static func path(of target: String) -> String {
        var parts = target.hasPrefix("/") ? [] : ["xl"]
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(String(component))
            }
        }
        return parts.joined(separator: "/")
    }

    /// The shared strings in order; rich text runs are joined, phonetic guides left out.
    static func sharedStrings(_ data: Data) throws(XLSXReader.Failure) -> [String] {
        let events = XMLEvents()
        var strings: [String] = []
        var current = ""
        var inText = false
        var phoneticDepth = 0
        events.onStart = { name, _ in
            switch name {
            case "si": current = ""
            case "rPh": phoneticDepth += 1
            case "t": inText = phoneticDepth == 0
            default: break
            }
        }
        events.onText = { text in if inText { current += text } }
        events.onEnd = { name in
            switch name {
            case "si": strings.append(current)
            case "rPh": phoneticDepth -= 1
            case "t": inText = false
            default: break
            }
        }
        try events.walk(data, part: "xl/sharedStrings.xml")
        return strings
    }
}
