/// A scope whose figures are computed and kept: an organisation or a system by its code, or
/// the region.
public struct FigureScope: Sendable, Hashable, Codable, Comparable {
    public let kind: ScopeKind
    public let code: String

    public init(kind: ScopeKind, code: String) {
        self.kind = kind
        self.code = code
    }

    public static let region = FigureScope(kind: .region, code: "region")

    public static func system(_ code: String) -> FigureScope { FigureScope(kind: .system, code: code) }

    public static func organisation(_ code: String) -> FigureScope { FigureScope(kind: .organisation, code: code) }

    public static func < (lhs: FigureScope, rhs: FigureScope) -> Bool {
        (lhs.kind.rawValue, lhs.code) < (rhs.kind.rawValue, rhs.code)
    }
}
