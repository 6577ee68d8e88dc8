import ParityCore
import Vapor

/// The pages of the anonymous share journey.
enum VoiceShareView {
    struct Question: Encodable {
        var id: String
        var name: String
        var legend: String
        var options: [OptionView]
    }

    struct Page: Encodable {
        var chrome: PageChrome
        var systemName: String
        var action: String
        var text: String
        var textMaximum: Int
        var themes: [OptionView]
        var organisations: [OptionView]
        var questions: [Question]
        var consents: [OptionView]
        var errors: [FieldErrorView]
        /// Each field's first error, by the control's id, for the message beside it.
        var fieldErrors: [String: String]
    }

    struct Confirmation: Encodable {
        var chrome: PageChrome
        var systemName: String
        var action: String
        var text: String
        var removed: String?
        var themeLabels: [String]
        var hidden: [HiddenField]
    }

    struct HiddenField: Encodable {
        var name: String
        var value: String
    }

    struct Message: Encodable {
        var chrome: PageChrome
        var heading: String
        var paragraphs: [String]
        var code: String?
        var keptText: String?
    }

    static func render(_ req: Request, link: VoiceLinkRow, form: VoiceShareForm, errors: [FieldErrorView]) async throws -> View {
        let system = try await systemName(req, link.systemCode)
        let chosenThemes = Set(form.themes ?? [])
        let page = Page(
            chrome: try await req.chrome(title: (errors.isEmpty ? "" : "Error: ") + "Share your experience with \(system)'s staff network"),
            systemName: system,
            action: SitePath.voiceShare(link.slug).href,
            text: form.text ?? "",
            textMaximum: VoiceLimits.textMaximum,
            themes: VoiceTheme.allCases.map { OptionView(value: $0.rawValue, label: $0.label, selected: chosenThemes.contains($0.rawValue)) },
            organisations: [OptionView(value: "prefer-not-to-say", label: "Prefer not to say", selected: form.organisationCode == nil)]
                + (try await organisations(req, system: link.systemCode)).map { OptionView(value: $0.code, label: $0.name, selected: form.organisation == $0.code) },
            questions: [
                question("staffGroup", "Your staff group", VoiceStaffGroup.allCases.map { ($0.rawValue, $0.label) }, chosen: form.staffGroup),
                question("band", "Your band", VoiceBandRange.allCases.map { ($0.rawValue, $0.label) }, chosen: form.band),
                question("ethnicity", "Your ethnic group", VoiceEthnicity.allCases.map { ($0.rawValue, $0.label) }, chosen: form.ethnicity),
                question("disability", "Do you consider yourself disabled?", VoiceDisability.allCases.map { ($0.rawValue, $0.label) }, chosen: form.disability),
            ],
            consents: VoiceConsent.allCases.map { OptionView(value: $0.rawValue, label: $0.label, selected: form.consent == $0.rawValue) },
            errors: errors,
            fieldErrors: Dictionary(errors.map { ($0.field, $0.message) }, uniquingKeysWith: { first, _ in first })
        )
        return try await req.view.render("voice/share", page)
    }

    static func confirmation(_ req: Request, link: VoiceLinkRow, form: VoiceShareForm, redactions: [VoiceRedaction]) async throws -> Response {
        var hidden = [HiddenField(name: "text", value: form.text ?? "")]
        hidden += (form.themes ?? []).map { HiddenField(name: "themes[]", value: $0) }
        for (name, value) in [("organisation", form.organisation), ("staffGroup", form.staffGroup), ("band", form.band),
                              ("ethnicity", form.ethnicity), ("disability", form.disability), ("consent", form.consent)] {
            if let value, !value.isEmpty { hidden.append(HiddenField(name: name, value: value)) }
        }
        let page = Confirmation(
            chrome: try await req.chrome(title: "Check what will be sent"),
            systemName: try await systemName(req, link.systemCode),
            action: SitePath.voiceConfirm(link.slug).href,
            text: form.text ?? "",
            removed: VoiceRedactionList.sentence(redactions),
            themeLabels: (form.themes ?? []).compactMap { VoiceTheme(rawValue: $0)?.label },
            hidden: hidden
        )
        return try await noStore(req.view.render("voice/confirm", page).encodeResponse(for: req))
    }

    static func receiptIssued(_ req: Request, code: String) async throws -> Response {
        let page = Message(chrome: try await req.chrome(title: "Your experience has been shared"),
                           heading: "Your experience has been shared",
                           paragraphs: [
                               "Keep this receipt code. It is the only way to see what happens next, read any reply, or withdraw what you shared. Parity does not know who you are, so it cannot send it to you again.",
                           ], code: code, keptText: nil)
        return try await noStore(req.view.render("voice/message", page).encodeResponse(status: .created, for: req))
    }

    /// The page a filled-in honeypot gets: it looks like success so robots learn nothing.
    static func thanks(_ req: Request) async throws -> Response {
        let page = Message(chrome: try await req.chrome(title: "Thank you"), heading: "Thank you", paragraphs: [], code: nil, keptText: nil)
        return try await req.view.render("voice/message", page).encodeResponse(for: req)
    }

    /// The rate limit's page: nothing was stored, and the person's text is given back.
    static func busy(_ req: Request, link: VoiceLinkRow, form: VoiceShareForm) async throws -> Response {
        let page = Message(chrome: try await req.chrome(title: "Please try again later"),
                           heading: "Please try again later",
                           paragraphs: [
                               "This link has taken as many experiences as it can in one hour, to protect it from misuse. Nothing has been sent.",
                               "Copy what you wrote, below, and send it again in an hour using the same link.",
                           ], code: nil, keptText: form.text)
        let response = try await req.view.render("voice/message", page).encodeResponse(status: .tooManyRequests, for: req)
        response.headers.replaceOrAdd(name: .retryAfter, value: "3600")
        return noStore(response)
    }

    static func withdrawn(_ req: Request) async throws -> Response {
        let page = Message(chrome: try await req.chrome(title: "Your experience has been deleted"),
                           heading: "Your experience has been deleted",
                           paragraphs: ["It has been removed from Parity completely, not hidden. Its receipt code no longer works."],
                           code: nil, keptText: nil)
        return try await req.view.render("voice/message", page).encodeResponse(for: req)
    }

    static func organisations(_ req: Request, system: String) async throws -> [OrganisationEntry] {
        try await req.currentStructure().system(code: system)?.organisations ?? []
    }

    static func systemName(_ req: Request, _ code: String) async throws -> String {
        try await req.currentStructure().system(code: code)?.name ?? code
    }

    private static func question(_ id: String, _ legend: String, _ options: [(String, String)], chosen: String?) -> Question {
        Question(id: id, name: id, legend: legend, options: options.map { OptionView(value: $0.0, label: $0.1, selected: chosen == $0.0) })
    }

    /// Pages holding a receipt code or an unsent text must not stay in shared caches or history.
    static func noStore(_ response: Response) -> Response {
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}
