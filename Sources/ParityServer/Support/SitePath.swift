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
    /// The return as a workbook (`?standard=WDES` for the WDES one).
    case returnsWorkbookTemplate
    case apiRegion(year: Int)
    case apiSystem(String, year: Int)
    case apiOrganisation(String, year: Int)
    case health
    case styleGuide
    case signIn
    /// Starts sign-in with an NHS account (OpenID Connect), and where the provider sends the person back.
    case nhsSignIn
    case nhsSignInCallback
    case signOut
    case account
    case accountTokens
    case revokeToken(UUID)
    case users
    case newInvitation
    case mailOutbox
    case mailSendAgain(UUID)
    case invitations
    case invitation(String)
    case passwordReset
    case passwordResetLink(String)
    case audit
    case governance
    case systemGovernance(String)
    case body(UUID)
    case bodyMembers(UUID)
    case endMembership(UUID, UUID)
    case bodyStatus(UUID)
    case bodyPlan(UUID)
    case newBody(String)
    case apiBodies
    case apiBody(UUID)
    case apiMaturity
    case accountability
    case accountabilityCSV
    case escalations
    case commitment(UUID)
    case commitmentUpdates(UUID)
    case commitmentResponse(UUID)
    case commitmentComments(UUID)
    case commitmentDueDate(UUID)
    case commitmentTargets(UUID)
    case systemCommitments(String)
    case myAttention
    case apiCommitments
    case apiCommitment(UUID)
    case apiAccountability
    case modelEmployer(PageScope, year: Int? = nil)
    case apiModelEmployer(PageScope, year: Int)
    case voiceShare(String)
    case voiceConfirm(String)
    case voiceQRCode(String)
    case receipt
    case receiptWithdraw
    case systemVoice(String)
    case systemVoiceLink(String)
    case voiceModerate(String, UUID)
    case panelVoice
    case whatStaffSay(PageScope)
    case whatStaffSayCSV(PageScope)
    case youSaidWeDid(String)
    case commitmentVoiceLinks(UUID)
    case systemPulse(String)
    case pulse(String)
    case pulseResults(String)
    case challenges
    case challenge(UUID)
    case goodPractice
    case caseStudy(UUID)
    case packs
    case pack(UUID)
    case actionPlan(String, year: Int? = nil)
    case actionPlanActions(String)
    case actionPlanAction(String, UUID)
    case actionPlanActionUpdates(String, UUID)
    case actionPlanPublish(String)
    case actionPlanReview(String)
    case actionPlanRating(String)
    case actionPlanComments(String)
    case systemActionPlans(String, year: Int? = nil)
    case regionActionPlans(year: Int? = nil)
    case apiActionPlan(String, year: Int? = nil)
    case openData
    case openDataFile(Int, String)
    case openDataClose(Int)
    case openDataDictionary
    case openDataDictionaryCSV
    case apiOpenData
    case openAPI
    case compare(codes: [String], year: Int? = nil)
    case boardReport(PageScope, year: Int? = nil)

    var href: String {
        switch self {
        case let .region(year): "/" + query(year)
        case let .system(code, year): "/systems/\(escaped(code))" + query(year)
        case let .organisation(code, year): "/organisations/\(escaped(code))" + query(year)
        case let .organisationHistory(code): "/organisations/\(escaped(code))/history"
        case .returnsUpload: "/returns/upload"
        case .returnsTemplate: "/returns/template.csv"
        case .returnsWorkbookTemplate: "/returns/template.xlsx"
        case let .apiRegion(year): "/api/v1/region/wres/\(year)"
        case let .apiSystem(code, year): "/api/v1/systems/\(escaped(code))/wres/\(year)"
        case let .apiOrganisation(code, year): "/api/v1/organisations/\(escaped(code))/wres/\(year)"
        case .health: "/health"
        case .styleGuide: "/style-guide"
        case .signIn: "/sign-in"
        case .nhsSignIn: "/sign-in/nhs"
        case .nhsSignInCallback: "/sign-in/nhs/callback"
        case .signOut: "/sign-out"
        case .account: "/account"
        case .accountTokens: "/account/tokens"
        case let .revokeToken(id): "/account/tokens/\(id.uuidString)/revoke"
        case .users: "/admin/users"
        case .newInvitation: "/admin/invitations/new"
        case .mailOutbox: "/admin/mail"
        case let .mailSendAgain(id): "/admin/mail/\(id.uuidString.lowercased())/send-again"
        case .invitations: "/admin/invitations"
        case let .invitation(token): "/invitations/\(token)"
        case .passwordReset: "/password-reset"
        case let .passwordResetLink(token): "/password-reset/\(token)"
        case .audit: "/audit"
        case .governance: "/governance"
        case let .systemGovernance(code): "/systems/\(escaped(code))/governance"
        case let .body(id): "/bodies/\(id.uuidString)"
        case let .bodyMembers(id): "/bodies/\(id.uuidString)/members"
        case let .endMembership(body, member): "/bodies/\(body.uuidString)/members/\(member.uuidString)/end"
        case let .bodyStatus(id): "/bodies/\(id.uuidString)/status"
        case let .bodyPlan(id): "/bodies/\(id.uuidString)/plan"
        case let .newBody(scope): "/governance/\(escaped(scope))/bodies"
        case .apiBodies: "/api/v1/bodies"
        case let .apiBody(id): "/api/v1/bodies/\(id.uuidString)"
        case .apiMaturity: "/api/v1/region/maturity"
        case .accountability: "/accountability"
        case .accountabilityCSV: "/accountability.csv"
        case .escalations: "/accountability/escalations"
        case let .commitment(id): "/commitments/\(id.uuidString)"
        case let .commitmentUpdates(id): "/commitments/\(id.uuidString)/updates"
        case let .commitmentResponse(id): "/commitments/\(id.uuidString)/response"
        case let .commitmentComments(id): "/commitments/\(id.uuidString)/comments"
        case let .commitmentDueDate(id): "/commitments/\(id.uuidString)/due-date"
        case let .commitmentTargets(id): "/commitments/\(id.uuidString)/targets"
        case let .systemCommitments(code): "/systems/\(escaped(code))/commitments"
        case .myAttention: "/my-attention"
        case .apiCommitments: "/api/v1/commitments"
        case let .apiCommitment(id): "/api/v1/commitments/\(id.uuidString)"
        case .apiAccountability: "/api/v1/region/accountability"
        case let .modelEmployer(scope, year): scope.pagePrefix + "/model-employer" + query(year)
        case let .apiModelEmployer(scope, year): scope.apiPrefix + "/model-employer/\(year)"
        case let .voiceShare(slug): "/voice/\(escaped(slug))"
        case let .voiceConfirm(slug): "/voice/\(escaped(slug))/confirm"
        case let .voiceQRCode(slug): "/voice/\(escaped(slug))/qr.svg"
        case .receipt: "/receipt"
        case .receiptWithdraw: "/receipt/withdraw"
        case let .systemVoice(code): "/systems/\(escaped(code))/voice"
        case let .systemVoiceLink(code): "/systems/\(escaped(code))/voice/link"
        case let .voiceModerate(code, id): "/systems/\(escaped(code))/voice/\(id.uuidString)"
        case .panelVoice: "/voice"
        case let .whatStaffSay(scope): scope.pagePrefix + "/what-staff-say"
        case let .whatStaffSayCSV(scope): scope.pagePrefix + "/what-staff-say.csv"
        case let .youSaidWeDid(code): "/systems/\(escaped(code))/you-said-we-did"
        case let .commitmentVoiceLinks(id): "/commitments/\(id.uuidString)/voice-links"
        case let .systemPulse(code): "/systems/\(escaped(code))/pulse"
        case let .pulse(slug): "/pulse/\(escaped(slug))"
        case let .pulseResults(slug): "/pulse/\(escaped(slug))/results"
        case .challenges: "/challenges"
        case let .challenge(id): "/challenges/\(id.uuidString)"
        case .goodPractice: "/good-practice"
        case let .caseStudy(id): "/good-practice/\(id.uuidString)"
        case .packs: "/packs"
        case let .pack(id): "/packs/\(id.uuidString)"
        case let .actionPlan(code, year): "/organisations/\(escaped(code))/action-plan" + query(year)
        case let .actionPlanActions(code): "/organisations/\(escaped(code))/action-plan/actions"
        case let .actionPlanAction(code, id): "/organisations/\(escaped(code))/action-plan/actions/\(id.uuidString)"
        case let .actionPlanActionUpdates(code, id): "/organisations/\(escaped(code))/action-plan/actions/\(id.uuidString)/updates"
        case let .actionPlanPublish(code): "/organisations/\(escaped(code))/action-plan/publish"
        case let .actionPlanReview(code): "/organisations/\(escaped(code))/action-plan/review"
        case let .actionPlanRating(code): "/organisations/\(escaped(code))/action-plan/rating"
        case let .actionPlanComments(code): "/organisations/\(escaped(code))/action-plan/comments"
        case let .systemActionPlans(code, year): "/systems/\(escaped(code))/action-plans" + query(year)
        case let .regionActionPlans(year): "/action-plans" + query(year)
        case let .apiActionPlan(code, year): "/api/v1/organisations/\(escaped(code))/action-plan" + query(year)
        case .openData: "/open-data"
        case let .openDataFile(year, format): "/open-data/\(year).\(format)"
        case let .openDataClose(year): "/open-data/\(year)/close"
        case .openDataDictionary: "/open-data/dictionary"
        case .openDataDictionaryCSV: "/open-data/dictionary.csv"
        case .apiOpenData: "/api/v1/open-data"
        case .openAPI: "/api/openapi.json"
        case let .compare(codes, year): "/compare" + comparison(codes, year: year)
        case let .boardReport(scope, year): scope.pagePrefix + "/report" + query(year)
        }
    }

    private func query(_ year: Int?) -> String { year.map { "?year=\($0)" } ?? "" }

    /// `?scope=A&scope=B&year=2026`: one `scope` per code, as the comparison form sends them.
    private func comparison(_ codes: [String], year: Int?) -> String {
        let pairs = codes.map { "scope=" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0) } + (year.map { ["year=\($0)"] } ?? [])
        return pairs.isEmpty ? "" : "?" + pairs.joined(separator: "&")
    }

    private func escaped(_ code: String) -> String {
        code.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? code
    }
}
