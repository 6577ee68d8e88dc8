extension MaturityMatrix {
    /// The body of `kind` at `level` that is furthest along (established, then being
    /// established, then proposed), the longest-standing first on a tie, then by id, so the
    /// choice does not depend on the order bodies were loaded in. Stood-down bodies are skipped.
    static func leading(_ bodies: [BodySnapshot], _ kind: BodyKind, at level: BodyLevel, where include: (BodySnapshot) -> Bool = { _ in true }) -> BodySnapshot? {
        bodies
            .filter { $0.kind == kind && $0.level == level && $0.status != .stoodDown && include($0) }
            .min { ($0.status.progressRank, $0.statusSince, $0.id) < ($1.status.progressRank, $1.statusSince, $1.id) }
    }
}

extension BodyStatus {
    /// 0 for the furthest along; stood down is last.
    fileprivate var progressRank: Int {
        switch self {
        case .established: 0
        case .beingEstablished: 1
        case .proposed: 2
        case .stoodDown: 3
        }
    }
}
