import Foundation

/// Every page and API path Parity links to, from one typed source, so a link cannot point at
/// a route that does not exist (server tests request each of them).
enum SitePath {
    case region(year: Int? = nil)
    case system(String, year: Int? = nil)
    case organisation(String, year: Int? = nil)
    case organisationHistory(String)
    case returnsUpload
    case returnsTemplate
    case apiRegion(year: Int)
    case apiSystem(String, year: Int)
    case apiOrganisation(String, year: Int)
    case health
    case styleGuide
    case signIn
    case signOut
    case account
    case accountTokens
    case revokeToken(UUID)
    case users
    case newInvitation
    case invitations
    case invitation(String)
    case passwordReset
    case passwordResetLink(String)
    case audit

    var href: String {
        switch self {
        case let .region(year): "/" + query(year)
        case let .system(code, year): "/systems/\(escaped(code))" + query(year)
        case let .organisation(code, year): "/organisations/\(escaped(code))" + query(year)
        case let .organisationHistory(code): "/organisations/\(escaped(code))/history"
        case .returnsUpload: "/returns/upload"
        case .returnsTemplate: "/returns/template.csv"
        case let .apiRegion(year): "/api/v1/region/wres/\(year)"
        case let .apiSystem(code, year): "/api/v1/systems/\(escaped(code))/wres/\(year)"
        case let .apiOrganisation(code, year): "/api/v1/organisations/\(escaped(code))/wres/\(year)"
        case .health: "/health"
        case .styleGuide: "/style-guide"
        case .signIn: "/sign-in"
        case .signOut: "/sign-out"
        case .account: "/account"
        case .accountTokens: "/account/tokens"
        case let .revokeToken(id): "/account/tokens/\(id.uuidString)/revoke"
        case .users: "/admin/users"
        case .newInvitation: "/admin/invitations/new"
        case .invitations: "/admin/invitations"
        case let .invitation(token): "/invitations/\(token)"
        case .passwordReset: "/password-reset"
        case let .passwordResetLink(token): "/password-reset/\(token)"
        case .audit: "/audit"
        }
    }

    private func query(_ year: Int?) -> String { year.map { "?year=\($0)" } ?? "" }

    private func escaped(_ code: String) -> String {
        code.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? code
    }
}
