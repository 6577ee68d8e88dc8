import ParityCore
import Vapor

/// The anonymous side of staff voice (issue 6): the network link's form, the redaction check
/// before sending, the receipt, and what the receipt code opens later (status, replies,
/// withdrawal). No account is needed and nothing about the sender is kept: these routes set
/// no cookie (see `CSRFMiddleware.anonymousPrefixes`) and store only the week.
struct VoiceShareRoutes: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("voice", ":slug", use: form)
        routes.post("voice", ":slug", use: check)
        routes.post("voice", ":slug", "confirm", use: confirm)
        routes.get("voice", ":slug", "qr.svg", use: qrCode)
        routes.get("receipt", use: receiptForm)
        routes.post("receipt", use: receipt)
        routes.post("receipt", "withdraw", use: withdraw)
    }

    func form(req: Request) async throws -> View {
        let link = try await requireLink(req)
        return try await VoiceShareView.render(req, link: link, form: VoiceShareForm(), errors: [])
    }

    /// Validates and redacts, then shows the person exactly what would be stored.
    func check(req: Request) async throws -> Response {
        let link = try await requireLink(req)
        let form = try req.content.decode(VoiceShareForm.self)
        if form.isFromRobot { return try await VoiceShareView.thanks(req) }
        switch try await validated(form, link: link, req: req) {
        case let .failure(failure):
            return try await VoiceShareView.render(req, link: link, form: form, errors: failure.errors).encodeResponse(status: .unprocessableEntity, for: req)
        case let .success(draft):
            let redacted = Redactor.redact(draft.text)
            return try await VoiceShareView.confirmation(req, link: link, form: form.with(text: redacted.text), redactions: redacted.redactions)
        }
    }

    /// Stores the submission once the person has seen its redacted text, and issues the receipt.
    func confirm(req: Request) async throws -> Response {
        let link = try await requireLink(req)
        let form = try req.content.decode(VoiceShareForm.self)
        if form.isFromRobot { return try await VoiceShareView.thanks(req) }
        if form.action == "change" {
            return try await VoiceShareView.render(req, link: link, form: form, errors: []).encodeResponse(for: req)
        }
        let draft: VoiceSubmissionDraft
        switch try await validated(form, link: link, req: req) {
        case let .failure(failure):
            return try await VoiceShareView.render(req, link: link, form: form, errors: failure.errors).encodeResponse(status: .unprocessableEntity, for: req)
        case let .success(value):
            draft = value
        }
        let store = VoiceStore(database: req.db)
        guard try await store.takeAllowance(subject: "voice:\(link.slug)", now: req.now) else {
            return try await VoiceShareView.busy(req, link: link, form: form)
        }
        // The check page already redacted the text; a second pass catches anything typed
        // since, and the markers now in the text say everything that was removed.
        let redacted = Redactor.redact(draft.text)
        let stored = VoiceSubmissionDraft(text: redacted.text, themes: draft.themes, staffGroup: draft.staffGroup, band: draft.band,
                                          ethnicity: draft.ethnicity, disability: draft.disability, consent: draft.consent)
        var generator = SystemRandomNumberGenerator()
        let code = ReceiptCode.make(using: &generator)
        try await store.store(stored, redactions: Redactor.markers(in: redacted.text), system: link.systemCode,
                              organisation: form.organisationCode, week: VoiceWeek(containing: req.now), receiptCode: code)
        return try await VoiceShareView.receiptIssued(req, code: code)
    }

    func qrCode(req: Request) async throws -> Response {
        let link = try await requireLink(req)
        let url = req.absoluteURL(SitePath.voiceShare(link.slug).href)
        let svg = try QRCode.encode(url).svg(title: "QR code for \(url)")
        let response = Response(status: .ok, body: .init(string: svg))
        response.headers.contentType = HTTPMediaType(type: "image", subType: "svg+xml")
        return response
    }

    func receiptForm(req: Request) async throws -> View {
        try await VoiceReceiptView.render(req, code: "", submission: nil, errors: [])
    }

    func receipt(req: Request) async throws -> Response {
        let sent = try req.content.decode(ReceiptForm.self)
        guard let code = ReceiptCode.normalised(sent.code ?? "") else {
            return try await VoiceReceiptView.render(req, code: sent.code ?? "", submission: nil, errors: [
                FieldErrorView(field: "code", message: "Enter the receipt code you were given, like ABCD-1234-EFGH"),
            ]).encodeResponse(status: .unprocessableEntity, for: req)
        }
        guard let row = try await VoiceStore(database: req.db).submission(receiptCode: code) else {
            return try await VoiceReceiptView.render(req, code: code, submission: nil, errors: [
                FieldErrorView(field: "code", message: "No experience has this receipt code. Check it, or it may have been withdrawn"),
            ]).encodeResponse(status: .notFound, for: req)
        }
        return try await VoiceReceiptView.render(req, code: code, submission: row, errors: []).encodeResponse(for: req)
    }

    func withdraw(req: Request) async throws -> Response {
        let sent = try req.content.decode(ReceiptForm.self)
        guard let code = ReceiptCode.normalised(sent.code ?? "") else {
            throw ParityError.invalidInput("The receipt code is missing or not valid.")
        }
        guard sent.confirm == "yes" else {
            let row = try await VoiceStore(database: req.db).submission(receiptCode: code)
            return try await VoiceReceiptView.render(req, code: code, submission: row, errors: [
                FieldErrorView(field: "confirm", message: "Tick the box to confirm you want your experience deleted"),
            ]).encodeResponse(status: .unprocessableEntity, for: req)
        }
        guard try await VoiceStore(database: req.db).withdraw(receiptCode: code) else {
            throw ParityError.notFound("No experience has this receipt code; it may already have been withdrawn.")
        }
        return try await VoiceShareView.withdrawn(req)
    }

    private func requireLink(_ req: Request) async throws -> VoiceLinkRow {
        let slug = try req.parameters.require("slug")
        guard let link = try await VoiceStore(database: req.db).activeLink(slug: slug) else {
            throw ParityError.notFound("This staff network link is not active. Ask your staff network for its current link.")
        }
        return link
    }

    private func validated(_ form: VoiceShareForm, link: VoiceLinkRow, req: Request) async throws -> Result<VoiceSubmissionDraft, FormErrors> {
        var errors: [FieldErrorView] = []
        if let code = form.organisationCode {
            let members = try await VoiceShareView.organisations(req, system: link.systemCode)
            if !members.contains(where: { $0.code == code }) {
                errors.append(FieldErrorView(field: "organisation", message: "Select an organisation of this system, or \"Prefer not to say\""))
            }
        }
        let result = VoiceSubmissionDraft.validate(
            text: form.text ?? "", themes: form.themes ?? [], staffGroup: form.staffGroup, band: form.band,
            ethnicity: form.ethnicity, disability: form.disability, consent: form.consent
        )
        switch result {
        case let .success(draft):
            return errors.isEmpty ? .success(draft) : .failure(FormErrors(errors: errors))
        case let .failure(fieldErrors):
            return .failure(FormErrors(errors: fieldErrors.map { FieldErrorView(field: VoiceShareForm.fieldID($0.field), message: $0.message) } + errors))
        }
    }
}

/// What the share form sends. `website` is a honeypot: hidden from people, filled by robots.
struct VoiceShareForm: Content {
    var text: String?
    var themes: [String]?
    var organisation: String?
    var staffGroup: String?
    var band: String?
    var ethnicity: String?
    var disability: String?
    var consent: String?
    var website: String?
    var action: String?

    var isFromRobot: Bool { !(website ?? "").isEmpty }

    /// The organisation chosen; `nil` for "prefer not to say".
    var organisationCode: String? {
        guard let organisation, !organisation.isEmpty, organisation != "prefer-not-to-say" else { return nil }
        return organisation
    }

    func with(text: String) -> VoiceShareForm {
        var form = self
        form.text = text
        return form
    }

    /// The id of the control an error links to.
    static func fieldID(_ field: VoiceFormField) -> String {
        switch field {
        case .text: "text"
        case .themes: "themes"
        case .staffGroup: "staffGroup"
        case .band: "band"
        case .ethnicity: "ethnicity"
        case .disability: "disability"
        case .consent: "consent"
        }
    }
}

struct ReceiptForm: Content {
    var code: String?
    var confirm: String?
}
