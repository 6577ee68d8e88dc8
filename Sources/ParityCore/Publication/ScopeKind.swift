/// The level a set of figures describes. System and region figures pool their organisations'
/// raw counts (DOMAIN.md, roll-ups).
public enum ScopeKind: String, Sendable, Hashable, Codable {
    case organisation
    case system
    case region
}
