import Foundation
import ParityCore

/// Parity's whole configuration, read from the environment in this one place, with safe
/// development defaults (the embedded SQLite file).
public struct ParityConfig: Sendable {
    public var database: DatabaseChoice
    /// Seed the fictional demo region when the database holds no organisations.
    public var seedsDemoWhenEmpty: Bool
    /// How large a demo to seed: the region, or the fictional country (`PARITY_DEMO_SCALE`).
    public var demoScale: DemoScale = .region
    /// Recompute every stored figure on start, so figures stored by an earlier version of
    /// Parity are never shown by this one (`parity serve`).
    public var rebuildsFiguresOnStart = false
    /// The largest upload a route accepts (return files).
    public var maximumUploadBytes: Int
    /// Bcrypt's work factor for passwords: 12 or more in every real deployment; tests use
    /// the minimum to stay fast.
    public var passwordCost: Int
    /// A session ends after this long without a request.
    public var sessionIdleTimeout: TimeInterval
    /// PostgreSQL connections each event loop (one per core) may hold. A transaction waiting
    /// on another's lock keeps its connection, so one per loop would queue every other
    /// request of that loop behind it (`PARITY_DB_CONNECTIONS`). SQLite keeps one: it has a
    /// single writer anyway, and its readers do not wait for it (write-ahead log).
    public var databaseConnectionsPerLoop = 4
    /// The bearer token Prometheus sends to read `/metrics`; nil when only admins may.
    public var metricsToken: String?
    /// The address people reach Parity at, without a trailing slash, that every absolute link
    /// (mail, invitations, share links) starts with (`PARITY_BASE_URL`); nil in development,
    /// where links point at this server on loopback (`Application.baseURL`).
    public var baseURL: String?
    /// The relay mail goes through (`PARITY_SMTP_URL`, see ``SMTPRelay``); nil writes mail to
    /// the log instead.
    public var smtpRelay: SMTPRelay?
    /// Who mail is from (`PARITY_MAIL_FROM`, `name@domain` or `Name <name@domain>`): needed
    /// with a relay.
    public var mailFrom: MailAddress?
    /// Send the outbox's due mail every 30 seconds while running (`parity serve`); other
    /// commands send only the mail they make.
    public var deliversMailInBackground = false
    /// Where the templates and public files are (`PARITY_RESOURCES`, else found; see
    /// ``ResourceDirectories``); the checkout the executable was built from by default.
    public var resources: ResourceDirectories?
    /// The reverse proxies whose `X-Real-IP` names the client (`PARITY_TRUSTED_PROXIES`,
    /// addresses separated by commas, such as `127.0.0.1`).
    public var trustedProxies: Set<String> = []
    /// Sign-in with NHS accounts through OpenID Connect (`PARITY_OIDC_ISSUER`,
    /// `PARITY_OIDC_CLIENT_ID`, `PARITY_OIDC_CLIENT_SECRET`); nil when not configured.
    public var nhsSignIn: NHSSignInSettings?
    /// Whether people may sign in with a password (`PARITY_PASSWORD_SIGN_IN=off` turns it off,
    /// only once NHS sign-in is configured, so nobody is locked out by a typo).
    public var passwordSignIn = true

    public static let minimumPasswordCost = 12

    public init(database: DatabaseChoice, seedsDemoWhenEmpty: Bool = false, maximumUploadBytes: Int = 20 * 1024 * 1024,
                passwordCost: Int = ParityConfig.minimumPasswordCost, sessionIdleTimeout: TimeInterval = 30 * 60) {
        self.database = database
        self.seedsDemoWhenEmpty = seedsDemoWhenEmpty
        self.maximumUploadBytes = maximumUploadBytes
        self.passwordCost = passwordCost
        self.sessionIdleTimeout = sessionIdleTimeout
        resources = ResourceDirectories.builtFrom
    }

    /// Reads `DATABASE_URL` (see ``DatabaseChoice``), `PARITY_MAX_UPLOAD_MB`,
    /// `PARITY_PASSWORD_COST` (at least 12), `PARITY_SESSION_IDLE_MINUTES`,
    /// `PARITY_METRICS_TOKEN`, `PARITY_DEMO_SCALE` (`region` or `national`),
    /// `PARITY_DB_CONNECTIONS`, `PARITY_BASE_URL`, `PARITY_RESOURCES`, `PARITY_TRUSTED_PROXIES`,
    /// `PARITY_SMTP_URL`, `PARITY_MAIL_FROM`, the `PARITY_OIDC_*` trio and `PARITY_PASSWORD_SIGN_IN`.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment,
                                       workingDirectory: String = FileManager.default.currentDirectoryPath,
                                       executable: URL? = Bundle.main.executableURL) throws(ConfigurationError) -> ParityConfig {
        var config = ParityConfig(database: try DatabaseChoice.parse(environment["DATABASE_URL"]))
        config.metricsToken = environment["PARITY_METRICS_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        if let megabytes = environment["PARITY_MAX_UPLOAD_MB"] {
            guard let value = Int(megabytes), value > 0 else { throw .invalid("PARITY_MAX_UPLOAD_MB", "must be a whole number of megabytes") }
            config.maximumUploadBytes = value * 1024 * 1024
        }
        if let cost = environment["PARITY_PASSWORD_COST"] {
            guard let value = Int(cost), (minimumPasswordCost...16).contains(value) else {
                throw .invalid("PARITY_PASSWORD_COST", "must be a whole number from \(minimumPasswordCost) to 16")
            }
            config.passwordCost = value
        }
        if let minutes = environment["PARITY_SESSION_IDLE_MINUTES"] {
            guard let value = Int(minutes), value > 0 else { throw .invalid("PARITY_SESSION_IDLE_MINUTES", "must be a whole number of minutes") }
            config.sessionIdleTimeout = TimeInterval(value * 60)
        }
        if let connections = environment["PARITY_DB_CONNECTIONS"] {
            guard let value = Int(connections), (1...64).contains(value) else {
                throw .invalid("PARITY_DB_CONNECTIONS", "must be a whole number of connections per core from 1 to 64")
            }
            config.databaseConnectionsPerLoop = value
        }
        if let scale = environment["PARITY_DEMO_SCALE"], !scale.isEmpty {
            guard let value = DemoScale(rawValue: scale) else { throw .invalid("PARITY_DEMO_SCALE", "must be region or national") }
            config.demoScale = value
        }
        if let base = environment["PARITY_BASE_URL"], !base.isEmpty {
            config.baseURL = try baseURL(base)
        }
        config.trustedProxies = Set((environment["PARITY_TRUSTED_PROXIES"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        config.nhsSignIn = try NHSSignInSettings.fromEnvironment(environment)
        if config.nhsSignIn != nil, config.baseURL == nil {
            throw .invalid("PARITY_BASE_URL", "must be set for NHS sign-in: the redirect URI registered with the provider starts with it")
        }
        switch environment["PARITY_PASSWORD_SIGN_IN"]?.lowercased() {
        case nil, "", "on": config.passwordSignIn = true
        case "off" where config.nhsSignIn != nil: config.passwordSignIn = false
        case "off": throw .invalid("PARITY_PASSWORD_SIGN_IN", "can be off only when NHS sign-in is configured (PARITY_OIDC_ISSUER and the rest)")
        default: throw .invalid("PARITY_PASSWORD_SIGN_IN", "must be on or off")
        }
        config.resources = try ResourceDirectories.locate(environment: environment, workingDirectory: workingDirectory, executable: executable)
        if let relay = environment["PARITY_SMTP_URL"], !relay.isEmpty {
            config.smtpRelay = try SMTPRelay.parse(relay)
        }
        if let from = environment["PARITY_MAIL_FROM"], !from.isEmpty {
            guard let address = MailAddress.parse(from) else {
                throw .invalid("PARITY_MAIL_FROM", "must be an address, like parity@example.nhs.uk or Parity <parity@example.nhs.uk>")
            }
            config.mailFrom = address
        } else if config.smtpRelay != nil {
            throw .invalid("PARITY_MAIL_FROM", "must be set when PARITY_SMTP_URL is: the address Parity's mail is from, like parity@example.nhs.uk")
        }
        return config
    }

    /// `PARITY_BASE_URL` without its trailing slashes: an http or https address with a host,
    /// and at most a path prefix (Parity behind a proxy at `/parity`); no user, query or fragment.
    static func baseURL(_ text: String) throws(ConfigurationError) -> String {
        guard let url = URLComponents(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
              let host = url.host, !host.isEmpty, url.user == nil, url.password == nil, url.query == nil, url.fragment == nil
        else {
            throw .invalid("PARITY_BASE_URL", "must be an http or https address with at most a path, like https://parity.example.nhs.uk")
        }
        var base = text
        while base.hasSuffix("/") { base.removeLast() }
        return base
    }
}
