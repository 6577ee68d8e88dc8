/// How one scope's counts are shown to one audience: the policy's thresholds, and the counts
/// that disclosure control across the year's outputs hides (`YearDisclosure`). The owning
/// organisation's unrestricted view hides nothing.
public struct CountDisclosure: Sendable {
    public let policy: DisclosurePolicy
    public let standard: Standard
    private let withheld: WithheldCounts?
    private let membersWithheld: [String: WithheldCounts]

    /// - Parameter members: what the year's disclosure hides in each member organisation of a
    ///   pool, by code (`mayPublishFigure(builtFrom:ofMember:)`).
    public init(policy: DisclosurePolicy, standard: Standard, withheld: WithheldCounts?, members: [String: WithheldCounts]? = nil) {
        self.policy = policy
        self.standard = standard
        self.withheld = policy.isUnrestricted ? nil : withheld
        membersWithheld = policy.isUnrestricted ? [:] : members ?? [:]
    }

    /// The count as shown: hidden when the year's disclosure hides it, or when it is small.
    public func disclose(_ count: Int, _ item: CountItem) -> DisclosedCount {
        isHidden(item) ? .suppressed : policy.disclose(count)
    }

    public func isHidden(_ item: CountItem) -> Bool { withheld?.contains(item) ?? false }

    /// Whether the year's disclosure decides which cells of tables to hide; without it a table
    /// is suppressed on its own (`DisclosurePolicy.discloseTable`).
    var decidesTables: Bool { withheld != nil }

    /// Whether a ratio or percentage built from `counts` may be published: every count is at
    /// least the policy's minimum, and none is hidden — a figure beside a hidden count would
    /// give it away (DOMAIN.md, disclosure across outputs).
    public func mayPublishFigure(builtFrom counts: [(Int, CountItem)]) -> Bool {
        policy.mayPublishFigure(builtFrom: counts.map(\.0)) && !counts.contains { isHidden($0.1) }
    }

    /// Whether a figure built from the counts of the member organisation `code` may be
    /// published: each is at least the policy's minimum and none is hidden on that
    /// organisation's page.
    public func mayPublishFigure(builtFrom counts: [(Int, CountItem)], ofMember code: String) -> Bool {
        policy.mayPublishFigure(builtFrom: counts.map(\.0)) && !counts.contains { membersWithheld[code]?.contains($0.1) ?? false }
    }
}
