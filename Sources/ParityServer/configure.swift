import Fluent
import Leaf
import Vapor

/// Configures a Parity application: database, migrations (run on start, so no command depends
/// on another having run first), templates, middleware and routes.
public func configure(_ app: Application, config: ParityConfig) async throws {
    try app.useDatabase(config.database, connectionsPerLoop: config.databaseConnectionsPerLoop)
    try await app.prepareDatabase(config.database)
    app.migrations.add(ParityMigrations.all)
    try await app.exclusively(connectionsPerLoop: config.databaseConnectionsPerLoop) { try await app.autoMigrate() }

    if let resources = config.resources {
        app.directory.viewsDirectory = resources.views
        app.directory.publicDirectory = resources.publicFiles
    }
    app.views.use { $0.leaf.cachingRenderer }
    app.leaf.configuration.rootDirectory = app.directory.viewsDirectory
    app.leaf.tags["svg"] = SVGTag()
    let assets = AssetVersions(publicDirectory: app.directory.publicDirectory)
    app.leaf.tags["asset"] = AssetTag(versions: assets)
    // Each response says whether it may be compressed (CompressionPolicyMiddleware).
    app.http.server.configuration.responseCompression = .enabledForCompressibleTypes
    app.routes.defaultMaxBodySize = ByteCount(integerLiteral: config.maximumUploadBytes)

    if let baseURL = config.baseURL { app.baseURL = baseURL }
    app.trustedProxies = config.trustedProxies
    if let relay = config.smtpRelay { app.mailSender = SMTPMailSender(relay: relay, group: app.eventLoopGroup) }
    if let from = config.mailFrom { app.mailFrom = from }
    app.openIDProvider = config.nhsSignIn.map(OpenIDProvider.init)
    app.passwordSignIn = config.passwordSignIn
    app.passwords.use(.bcrypt(cost: config.passwordCost))
    _ = try PasswordHashing.decoy(app)

    // A connection idle this long is closed, so slow or abandoned clients cannot hold the
    // server's connections.
    app.http.server.configuration.idleTimeout = .seconds(60)

    app.middleware = Middlewares()
    app.middleware.use(MetricsMiddleware())
    app.middleware.use(CompressionPolicyMiddleware(versions: assets))
    app.middleware.use(RequestIDMiddleware())
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(NoStoreMiddleware())
    app.middleware.use(ParityErrorMiddleware())
    app.middleware.use(AssetCacheMiddleware(versions: assets))
    app.middleware.use(FileMiddleware(publicDirectory: app.directory.publicDirectory))
    // Who is asking is known before any body is read, so uploads are refused unread.
    app.middleware.use(SessionMiddleware(idleTimeout: config.sessionIdleTimeout))
    app.middleware.use(UploadGateMiddleware())
    app.middleware.use(BodyLimitMiddleware(uploadBytes: config.maximumUploadBytes))
    app.middleware.use(CSRFMiddleware(maximumBodyBytes: config.maximumUploadBytes))
    app.middleware.use(PublicPageCacheMiddleware())
    app.middleware.use(TableDownloadMiddleware())

    app.storedFiguresMemo = StoredFiguresMemo()
    app.publicPageCache = PublicPageCache()
    app.lifecycle.use(PublicPageCacheShutdown())
    app.publicDataMemo = PublicDataMemo()
    app.backgroundWork = BackgroundWork()
    app.lifecycle.use(BackgroundWorkShutdown())
    if config.deliversMailInBackground { app.lifecycle.use(OutboxWorker()) }
    try await app.exclusively(connectionsPerLoop: config.databaseConnectionsPerLoop) {
        if config.seedsDemoWhenEmpty, try await StructureStore(database: app.db).isEmpty {
            try await DemoSeeder(database: app.db, now: app.now(), demoPasswordHash: try app.password.hash(DemoAccounts.password), scale: config.demoScale).seedIfEmpty()
            app.logger.notice("Seeded the demo \(config.demoScale.rawValue) (synthetic data) into \(config.database.redacted).")
        } else if config.rebuildsFiguresOnStart {
            try await app.db.transaction { try await StoredFiguresWriter(database: $0).rebuild() }
        }
    }
    try routes(app)
    try app.register(collection: MetricsRoute(token: config.metricsToken))
}
