import Vapor

/// What every page's layout needs: title, demo banner, who is signed in, breadcrumbs and the
/// disclosure rule applied to the page's figures.
struct PageChrome: Encodable {
    var title: String
    var isDemo: Bool
    var signedInAs: String?
    var csrfToken: String?
    var breadcrumbs: [Breadcrumb]
    var disclosureNote: String?

    struct Breadcrumb: Encodable {
        var label: String
        var href: String
    }
}

extension Request {
    /// The chrome for a page of this request.
    func chrome(title: String, breadcrumbs: [PageChrome.Breadcrumb] = [], disclosureNote: String? = nil) async throws -> PageChrome {
        PageChrome(
            title: title,
            isDemo: try await SettingsStore(database: db).isDemo,
            signedInAs: signedIn?.displayName,
            csrfToken: csrfToken,
            breadcrumbs: breadcrumbs,
            disclosureNote: disclosureNote
        )
    }
}
