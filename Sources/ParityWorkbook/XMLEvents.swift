import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Walks an XML part and hands each element's start, text and end to closures, by local
/// name (a workbook may prefix its elements, `x:c`). A document type declaration is refused
/// before parsing: workbook parts never have one, and refusing it rules out entity expansion.
/// Foundation's parser on Linux may report success after an error, and accepts a document
/// that ends inside an element, so errors are caught as they are reported and the elements
/// are counted to check that every one is closed.
final class XMLEvents: NSObject, XMLParserDelegate {
    var onStart: (String, [String: String]) -> Void = { _, _ in }
    var onText: (String) -> Void = { _ in }
    var onEnd: (String) -> Void = { _ in }
    /// Set by a closure to stop the walk with this failure.
    var failure: XLSXReader.Failure?
    private var parser: XMLParser?
    private var part = ""
    private var depth = 0
    private var sawRoot = false

    /// Walks `data`; throws when it is not well-formed XML or a closure set `failure`.
    func walk(_ data: Data, part: String) throws(XLSXReader.Failure) {
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!doctype".utf8)) != nil {
            throw .unreadable("the workbook part \(part) declares a document type, which workbooks never do; the file was not read")
        }
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        self.parser = parser
        self.part = part
        let parsed = parser.parse()
        self.parser = nil
        if let failure { throw failure }
        guard parsed, parser.parserError == nil, sawRoot, depth == 0 else { throw malformed(line: parser.lineNumber) }
    }

    private func malformed(line: Int) -> XLSXReader.Failure {
        .unreadable("the workbook part \(part) is not well-formed XML (line \(line)); the file is damaged: save it again from the spreadsheet")
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        guard failure == nil else { return }
        stop(malformed(line: parser.lineNumber))
    }

    /// Stops the walk; `walk` then throws `failure`.
    func stop(_ failure: XLSXReader.Failure) {
        self.failure = failure
        parser?.abortParsing()
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        guard failure == nil else { return }
        depth += 1
        sawRoot = true
        onStart(Self.localName(elementName), attributes)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard failure == nil else { return }
        onText(string)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard failure == nil else { return }
        depth -= 1
        onEnd(Self.localName(elementName))
    }

    private static func localName(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }

    /// An attribute by local name, whatever prefix the file gave it (`r:id`, `id`).
    static func attribute(_ name: String, in attributes: [String: String]) -> String? {
        attributes[name] ?? attributes.first { $0.key.hasSuffix(":" + name) }?.value
    }
}
