/// What a page or document is about: the region, one system or one organisation.
enum PageScope: Equatable {
    case region
    case system(String)
    case organisation(String)
}

/// Where a scope's pages and API documents live: the region at the root, a system or an
/// organisation under its own path, as for the WRES pages.
extension PageScope {
    var pagePrefix: String {
        switch self {
        case .region: ""
        case let .system(code): SitePath.system(code).href
        case let .organisation(code): SitePath.organisation(code).href
        }
    }

    var apiPrefix: String {
        switch self {
        case .region: "/api/v1/region"
        case let .system(code): "/api/v1" + SitePath.system(code).href
        case let .organisation(code): "/api/v1" + SitePath.organisation(code).href
        }
    }

    var kind: String {
        switch self {
        case .region: "region"
        case .system: "system"
        case .organisation: "organisation"
        }
    }

    var code: String? {
        switch self {
        case .region: nil
        case let .system(code), let .organisation(code): code
        }
    }
}
