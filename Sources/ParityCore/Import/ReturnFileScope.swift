/// Which kinds of row a parse accepts. `parse` keeps the WRES-only contract it was written
/// for; `parseFile` accepts every importable standard and race × disability groups.
struct ReturnFileScope: Sendable, Hashable {
    let standards: Set<Standard>
    let allowsIntersections: Bool

    static let wresOnly = ReturnFileScope(standards: [.wres], allowsIntersections: false)
    static let full = ReturnFileScope(standards: Standard.importable, allowsIntersections: true)
}
