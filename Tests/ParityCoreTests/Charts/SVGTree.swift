import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG document parsed by Foundation's XML parser, as a tree to ask questions of; parsing
/// fails on markup that is not well-formed XML.
final class SVGTree: NSObject, XMLParserDelegate {
    final class Node {
        let name: String
        let attributes: [String: String]
        var children: [Node] = []
        var text = ""

        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        /// This node and every node below it, in document order.
        var all: [Node] { [self] + children.flatMap(\.all) }

        /// The text of this node and every node below it.
        var allText: String { text + children.map(\.allText).joined() }

        func classes() -> [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }
    }

    private var stack: [Node] = []
    private(set) var root: Node?
    private(set) var error: Error?

    /// The tree of `markup`; throws when it is not well-formed.
    static func parse(_ markup: String) throws -> Node {
        let tree = SVGTree()
        let parser = XMLParser(data: Data(markup.utf8))
        parser.delegate = tree
        guard parser.parse(), let root = tree.root else {
            throw tree.error ?? parser.parserError ?? CocoaError(.coderReadCorrupt)
        }
        return root
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        let node = Node(name: name, attributes: attributes)
        stack.last?.children.append(node)
        if stack.isEmpty { root = node }
        stack.append(node)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.text += string
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        error = parseError
    }
}

extension SVGTree.Node {
    /// The nodes named `name` carrying `className` (any when nil).
    func nodes(_ name: String, class className: String? = nil) -> [SVGTree.Node] {
        all.filter { $0.name == name && (className == nil || $0.classes().contains(className!)) }
    }
}
