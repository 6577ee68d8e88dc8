/// The members of a scope that one figure pools in one year: those whose return provided
/// every count the figure needs, with the coverage that says who was left out and why
/// (DOMAIN.md, pooling with partial returns).
struct PoolSelection<Counts> {
    /// The pooled members' counts, in the scope's order.
    let parts: [Counts]
    let coverage: PoolCoverage

    /// - Parameters:
    ///   - returns: a member's return for `year`, nil when it has none.
    ///   - missing: the first count a return lacks for the figure, nil when it has them all.
    init(members: [OrganisationEntry], year: Int, returns: (String) -> Counts?, missing: (Counts) -> String?) {
        var parts: [Counts] = []
        var pooled: [PoolMember] = []
        var leftOut: [PoolMember] = []
        for member in members {
            guard let counts = returns(member.code) else {
                leftOut.append(PoolMember(code: member.code, name: member.name, reason: "no return for \(year)"))
                continue
            }
            if let reason = missing(counts) {
                leftOut.append(PoolMember(code: member.code, name: member.name, reason: reason))
            } else {
                parts.append(counts)
                pooled.append(PoolMember(code: member.code, name: member.name))
            }
        }
        self.parts = parts
        coverage = PoolCoverage(year: year, pooled: pooled, leftOut: leftOut)
    }
}
