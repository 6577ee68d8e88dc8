import ParityCore

/// Who an EDS 2022 assessment belongs to: an organisation, or a system for the services it
/// commissions.
enum EDSScope: Hashable {
    case organisation(String)
    case system(String)

    var kind: String {
        switch self {
        case .organisation: "organisation"
        case .system: "system"
        }
    }

    var code: String {
        switch self {
        case let .organisation(code), let .system(code): code
        }
    }

    /// The audit log's name for one year's assessment, e.g. "eds:organisation:T01:2026".
    func subject(year: Int) -> String { "eds:\(kind):\(code):\(year)" }

    var pageHref: String {
        switch self {
        case let .organisation(code): SitePath.organisation(code).href + "/eds"
        case let .system(code): SitePath.system(code).href + "/eds"
        }
    }

    var apiPrefix: String { "/api/v1" + pageHref }
}
