/// One count of a year's public outputs: which scope, and which of its counts.
public struct PublishedCount: Sendable, Hashable, Comparable {
    public let scope: FigureScope
    public let item: CountItem

    public init(_ scope: FigureScope, _ item: CountItem) {
        self.scope = scope
        self.item = item
    }

    public static func < (lhs: PublishedCount, rhs: PublishedCount) -> Bool { (lhs.scope, lhs.item) < (rhs.scope, rhs.item) }
}
