import Fluent
import ParityCore
import Vapor

/// A regional admin (or a system lead, for their system) invites someone with a role; the
/// invitee follows the one-time link and sets a password. An invitation to an address that
/// already has an account never sets its password nor signs anyone in: the inviter sees the
/// link, and used it to take over the regional admin's account (issue 19). It only adds the
/// grant, for that account's user once signed in themselves.
struct InvitationRoutes: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("admin", "invitations", "new", use: form)
        routes.post("admin", "invitations", use: invite)
        routes.get("invitations", ":token", use: acceptForm).neverStored()
        routes.post("invitations", ":token", use: accept).neverStored()
    }

    func form(req: Request) async throws -> View {
        try await renderForm(req, InvitationForm())
    }

    func invite(req: Request) async throws -> View {
        let dto = try req.content.decode(InvitationDTO.self)
        var form = InvitationForm(email: dto.email, role: dto.role, scope: dto.scope)
        let email = AccountStore.normalised(email: dto.email)
        guard MailAddress.isDeliverable(email), email.count <= 200 else {
            form.errors.append(FieldError(field: "email", message: "Enter an email address, like name@nhs.net"))
            return try await renderForm(req, form)
        }
        guard let role = Role(rawValue: dto.role), let scope = AccessScope(rawValue: dto.scope) else {
            form.errors.append(FieldError(field: "role", message: "Choose a role and what it covers"))
            return try await renderForm(req, form)
        }
        let grant = RoleGrant(role: role, scope: scope)
        guard grant.isValid else {
            form.errors.append(FieldError(field: "scope", message: "\(role.label) needs a scope of the right kind: \(AccessScopeField.expectation(for: role))"))
            return try await renderForm(req, form)
        }
        let systemOfOrganisation = try await AccessScopeField.system(of: scope, database: req.db, now: req.now)
        if case let .denied(reason) = AccessPolicy.mayGrant(req.actor, grant, organisationSystem: systemOfOrganisation) {
            throw ParityError.forbidden(reason)
        }
        // The link and its mail are made together: the mail is in the outbox whenever the link exists.
        let (link, mailID) = try await req.db.transaction { database in
            let created = try await OneTimeLinks(database: database, now: req.now).create(.invitation, email: email, grant: grant, createdBy: req.auditName)
            try await AuditLog(database: database, actor: req.auditName, now: req.now)
                .record(.invitationSent, subject: email, after: ["role": role.rawValue, "scope": scope.label])
            let link = req.absoluteURL(SitePath.invitation(created.secret).href)
            let mail = AccountMail.invitation(inviter: req.signedIn?.displayName ?? "Someone", role: role.label, scope: scope.label, link: link)
            let mailID = try await Outbox(database: database, now: req.now)
                .enqueue(mail.message(from: req.application.mailFrom, to: email, now: req.now), key: MailKind.key(link: created.id, .invitation), kind: .invitation)
            return (link, mailID)
        }
        let mail = await req.application.deliverNow(mailID)
        return try await req.view.render("invitation-sent", InvitationSentPage(
            chrome: try await req.chrome(title: "Invitation sent"), email: email, role: role.label, scope: scope.label, link: link,
            mailProblem: mail.flatMap(InvitationSentPage.mailProblem), mailIsLogged: req.application.mailSender is LogMailSender))
    }

    func acceptForm(req: Request) async throws -> View {
        let link = try await OneTimeLinks(database: req.db, now: req.now).find(.invitation, secret: try req.parameters.require("token"))
        if let account = try await AccountStore(database: req.db).user(email: link.email) {
            return try await renderAddGrant(req, link: link, account: account)
        }
        return try await renderAccept(req, link: link, form: PasswordForm())
    }

    func accept(req: Request) async throws -> Response {
        let secret = try req.parameters.require("token")
        let link = try await OneTimeLinks(database: req.db, now: req.now).find(.invitation, secret: secret)
        if let account = try await AccountStore(database: req.db).user(email: link.email) {
            return try await addGrant(req, link: link, to: account)
        }
        let dto = try req.content.decode(PasswordDTO.self)
        let name = dto.name?.trimmingCharacters(in: .whitespaces) ?? ""
        var form = PasswordForm(name: name)
        if name.isEmpty { form.errors.append(FieldError(field: "name", message: "Enter your name")) }
        form.errors += PasswordField.problems(dto, email: link.email)
        guard form.errors.isEmpty, let grant = OneTimeLinks.grant(of: link) else {
            return try await renderAccept(req, link: link, form: form).encodeResponse(status: .unprocessableEntity, for: req)
        }
        let hash = try await req.password.async.hash(dto.password)
        let token = try await req.db.transaction { database in
            try await OneTimeLinks(database: database, now: req.now).claim(.invitation, secret: secret)
            let store = AccountStore(database: database)
            let user = try await store.createUser(email: link.email, displayName: name, passwordHash: hash, grant: grant, now: req.now)
            try await AuditLog(database: database, actor: link.email, now: req.now).record(.userCreated, subject: link.email)
            try await AuditLog(database: database, actor: link.email, now: req.now)
                .record(.invitationAccepted, subject: link.email, after: ["role": grant.role.rawValue, "scope": grant.scope.label])
            return try await store.startSession(userID: user.id!, now: req.now)
        }
        let response = req.redirect(to: SitePath.account.href)
        response.cookies[SessionMiddleware.cookieName] = SessionMiddleware.cookie(token, for: req)
        return response
    }

    /// Adds the invitation's grant to the existing account it names, for that account's user
    /// signed in with a session, and for nobody else.
    private func addGrant(_ req: Request, link: OneTimeLinkRow, to account: UserRow) async throws -> Response {
        guard let user = req.signedIn, user.sessionID != nil, user.id == account.id else {
            throw ParityError.forbidden("This invitation adds a role to the account \(account.email). Sign in as \(account.email) to accept it.")
        }
        guard let grant = OneTimeLinks.grant(of: link) else { throw ParityError.notFound("This invitation no longer names a role Parity knows.") }
        try await req.db.transaction { database in
            try await OneTimeLinks(database: database, now: req.now).claim(.invitation, secret: try req.parameters.require("token"))
            try await AccountStore(database: database).addGrant(grant, to: account)
            try await AuditLog(database: database, actor: account.email, now: req.now)
                .record(.invitationAccepted, subject: account.email, after: ["role": grant.role.rawValue, "scope": grant.scope.label])
        }
        return req.redirect(to: SitePath.account.href)
    }

    private func renderForm(_ req: Request, _ form: InvitationForm) async throws -> View {
        guard req.actor.grants.contains(where: { [.regionalAdmin, .systemLead].contains($0.role) }) else {
            throw ParityError.forbidden(req.signedIn == nil ? "Sign in to invite people." : "Only regional admins and system leads can invite people.")
        }
        var form = form
        form.chrome = try await req.chrome(title: form.errors.isEmpty ? "Invite someone" : "Error: invite someone")
        form.roles = AccessPolicy.grantableRoles(req.actor).map { OptionView(value: $0.rawValue, label: $0.label, selected: $0.rawValue == form.role) }
        form.scopes = try await AccessScopeField.options(for: req.actor, database: req.db, now: req.now, selected: form.scope)
        return try await req.view.render("invitation-new", form)
    }

    private func renderAccept(_ req: Request, link: OneTimeLinkRow, form: PasswordForm) async throws -> View {
        var form = form
        form.chrome = try await req.chrome(title: form.errors.isEmpty ? "Accept your invitation" : "Error: accept your invitation")
        form.email = link.email
        form.grant = OneTimeLinks.grant(of: link).map { "\($0.role.label) (\($0.scope.label))" }
        form.action = SitePath.invitation(try req.parameters.require("token")).href
        form.asksForName = true
        return try await req.view.render("password-set", form)
    }

    private func renderAddGrant(_ req: Request, link: OneTimeLinkRow, account: UserRow) async throws -> View {
        let action = SitePath.invitation(try req.parameters.require("token")).href
        return try await req.view.render("invitation-grant", InvitationGrantPage(
            chrome: try await req.chrome(title: "Accept your invitation"), email: account.email,
            grant: OneTimeLinks.grant(of: link).map { "\($0.role.label) (\($0.scope.label))" } ?? "–",
            action: action, signInHref: SitePath.signIn.href + "?next=" + action,
            isSignedInAsInvitee: req.signedIn?.sessionID != nil && req.signedIn?.id == account.id
        ))
    }
}

struct InvitationDTO: Content {
    var email: String
    var role: String
    var scope: String
}

struct InvitationForm: Encodable {
    var chrome: PageChrome?
    var email = ""
    var role = ""
    var scope = ""
    var errors: [FieldError] = []
    var roles: [OptionView] = []
    var scopes: [OptionView] = []
}


struct FieldError: Encodable {
    var field: String
    var message: String
}

/// An invitation to an existing account: a button for its user, signed in, to add the grant;
/// for anyone else, a way to sign in as that user.
struct InvitationGrantPage: Encodable {
    var chrome: PageChrome
    var email: String
    var grant: String
    var action: String
    var signInHref: String
    var isSignedInAsInvitee: Bool
}

struct InvitationSentPage: Encodable {
    var chrome: PageChrome
    var email: String
    var role: String
    var scope: String
    var link: String
    /// Why the invitation's email has not gone, when it has not.
    var mailProblem: String?
    /// No relay is configured (`PARITY_SMTP_URL`): the email went to the server's log.
    var mailIsLogged: Bool

    static func mailProblem(_ row: OutboxMessageRow) -> String? {
        switch OutboxState(rawValue: row.state) {
        case .sent: nil
        case .queued: "The email has not gone yet (\(row.lastError ?? "waiting for the relay")). Parity will try again."
        case .connecting, .transmitting: "The relay has not answered yet. The users page shows when the email has gone."
        default: "The email could not be sent (\(row.lastError ?? "the relay refused it")). A regional admin can send it again from Mail."
        }
    }
}
