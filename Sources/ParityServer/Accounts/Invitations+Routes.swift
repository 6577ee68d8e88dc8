import Fluent
import ParityCore
import Vapor

/// A regional admin (or a system lead, for their system) invites someone with a role; the
/// invitee follows the one-time link and sets a password.
struct InvitationRoutes: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("admin", "invitations", "new", use: form)
        routes.post("admin", "invitations", use: invite)
        routes.get("invitations", ":token", use: acceptForm)
        routes.post("invitations", ":token", use: accept)
    }

    func form(req: Request) async throws -> View {
        try await renderForm(req, InvitationForm())
    }

    func invite(req: Request) async throws -> View {
        let dto = try req.content.decode(InvitationDTO.self)
        var form = InvitationForm(email: dto.email, role: dto.role, scope: dto.scope)
        let email = AccountStore.normalised(email: dto.email)
        guard email.contains("@"), email.count <= 200 else {
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
        let secret = try await req.db.transaction { database in
            let secret = try await OneTimeLinks(database: database, now: req.now).create(.invitation, email: email, grant: grant, createdBy: req.auditName)
            try await AuditLog(database: database, actor: req.auditName, now: req.now)
                .record(.invitationSent, subject: email, after: ["role": role.rawValue, "scope": scope.label])
            return secret
        }
        let link = req.absoluteURL(SitePath.invitation(secret).href)
        try await req.application.mailSender.send(
            to: email, subject: "You are invited to Parity",
            body: "\(req.signedIn?.displayName ?? "Someone") has invited you to Parity as \(role.label) (\(scope.label)).\nSet your password here within 7 days: \(link)"
        )
        return try await req.view.render("invitation-sent", InvitationSentPage(
            chrome: try await req.chrome(title: "Invitation sent"), email: email, role: role.label, scope: scope.label, link: link))
    }

    func acceptForm(req: Request) async throws -> View {
        let link = try await OneTimeLinks(database: req.db, now: req.now).find(.invitation, secret: try req.parameters.require("token"))
        return try await renderAccept(req, link: link, form: PasswordForm())
    }

    func accept(req: Request) async throws -> Response {
        let secret = try req.parameters.require("token")
        let link = try await OneTimeLinks(database: req.db, now: req.now).find(.invitation, secret: secret)
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
            let store = AccountStore(database: database)
            let user: UserRow
            if let existing = try await store.user(email: link.email) {
                existing.passwordHash = hash
                try await existing.update(on: database)
                try await store.addGrant(grant, to: existing)
                user = existing
            } else {
                user = try await store.createUser(email: link.email, displayName: name, passwordHash: hash, grant: grant, now: req.now)
                try await AuditLog(database: database, actor: link.email, now: req.now).record(.userCreated, subject: link.email)
            }
            link.usedAt = req.now
            try await link.update(on: database)
            try await AuditLog(database: database, actor: link.email, now: req.now)
                .record(.invitationAccepted, subject: link.email, after: ["role": grant.role.rawValue, "scope": grant.scope.label])
            return try await store.startSession(userID: user.id!, now: req.now)
        }
        let response = req.redirect(to: SitePath.account.href)
        response.cookies[SessionMiddleware.cookieName] = SessionMiddleware.cookie(token, for: req)
        return response
    }

    private func renderForm(_ req: Request, _ form: InvitationForm) async throws -> View {
        guard req.actor.grants.contains(where: { [.regionalAdmin, .systemLead].contains($0.role) }) else {
            throw ParityError.forbidden(req.signedIn == nil ? "Sign in to invite people." : "Only regional admins and system leads can invite people.")
        }
        var form = form
        form.chrome = try await req.chrome(title: form.errors.isEmpty ? "Invite someone" : "Error: invite someone")
        form.roles = Role.allCases.map { OptionView(value: $0.rawValue, label: $0.label, selected: $0.rawValue == form.role) }
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

struct InvitationSentPage: Encodable {
    var chrome: PageChrome
    var email: String
    var role: String
    var scope: String
    var link: String
}
