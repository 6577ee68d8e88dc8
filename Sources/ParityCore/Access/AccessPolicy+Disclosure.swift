extension AccessPolicy {
    /// The disclosure rule for figures pooled from `organisations` (code and system code):
    /// `.unrestricted` only when `actor` may read every one of them unsuppressed, otherwise
    /// `.publicRelease` (DOMAIN.md, disclosure control: anything shown outside the owning
    /// organisation is suppressed). An empty pool gets `.publicRelease`, the safe default.
    public static func disclosure(for actor: Actor, organisations: [(code: String, systemCode: String?)]) -> DisclosurePolicy {
        guard !organisations.isEmpty else { return .publicRelease }
        let readsAll = organisations.allSatisfy { organisation in
            decide(actor, .readUnsuppressed, .organisation(code: organisation.code, systemCode: organisation.systemCode))
                .isAllowed
        }
        return readsAll ? .unrestricted : .publicRelease
    }
}
