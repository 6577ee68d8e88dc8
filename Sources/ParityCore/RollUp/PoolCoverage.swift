/// Which organisations one pooled figure pools for one year, and which it leaves out and why
/// (DOMAIN.md, pooling with partial returns). A system or the region pools an organisation
/// into a figure only when it provided every count that figure needs: a blank is "not
/// provided", never a zero, so an organisation that left one count blank is left out of that
/// figure and of no other.
public struct PoolCoverage: Sendable, Hashable, Codable {
    public let year: Int
    /// The organisations whose counts the figure adds up, in the scope's order.
    public let pooled: [PoolMember]
    /// The scope's other organisations, each with its reason.
    public let leftOut: [PoolMember]

    public init(year: Int, pooled: [PoolMember], leftOut: [PoolMember]) {
        self.year = year
        self.pooled = pooled
        self.leftOut = leftOut
    }

    /// "Pooled from 4 of 5 organisations; left out: Oak Trust — no appointed count for BME
    /// applicants."
    public var sentence: String {
        let total = pooled.count + leftOut.count
        let from = "Pooled from \(pooled.count) of \(total) organisation\(total == 1 ? "" : "s")"
        guard !leftOut.isEmpty else { return from + "." }
        return from + "; left out: " + leftOut.map { "\($0.name) — \($0.reason ?? "")" }.joined(separator: "; ") + "."
    }
}

/// One organisation of a pool: its code and name, and for one left out, why.
public struct PoolMember: Sendable, Hashable, Codable {
    public let code: String
    public let name: String
    /// Why the organisation is left out ("no appointed count for BME applicants"); nil when pooled.
    public let reason: String?

    public init(code: String, name: String, reason: String? = nil) {
        self.code = code
        self.name = name
        self.reason = reason
    }
}

extension PoolCoverage {
    /// A figure's coverage over the years it pools, oldest first, as pages show it: one year's
    /// sentence, or each year's after its year ("2025: Pooled from …"); nil for an
    /// organisation's own figure, which pools nothing.
    public static func sentence(_ years: [PoolCoverage]) -> String? {
        switch years.count {
        case 0: nil
        case 1: years[0].sentence
        default: years.map { "\($0.year): \($0.sentence)" }.joined(separator: " ")
        }
    }

    /// How many organisations the figure pools, for a table cell: "4 of 5".
    public var share: String { "\(pooled.count) of \(pooled.count + leftOut.count)" }
}
