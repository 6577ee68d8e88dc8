import Vapor

func routes(_ app: Application) throws {
    app.get("health") { req async throws -> HealthDTO in
        try await HealthCheck(database: req.db).run()
    }
    app.get("style-guide") { req async throws -> View in
        try await req.view.render("style-guide", ["chrome": try await req.chrome(title: "Style guide")])
    }
    try app.register(collection: IndicatorPages())
    try app.register(collection: IndicatorAPI())
    try app.register(collection: WDESRoutes())
    try app.register(collection: ReturnRoutes())
    try app.register(collection: SignInRoutes())
    try app.register(collection: NHSSignInRoutes())
    try app.register(collection: AccountRoutes())
    try app.register(collection: InvitationRoutes())
    try app.register(collection: PasswordResetRoutes())
    try app.register(collection: UserRoutes())
    try app.register(collection: OutboxRoutes())
    try app.register(collection: AuditRoutes())
    try app.register(collection: CommitmentRoutes())
    try app.register(collection: GovernanceRoutes())
    try app.register(collection: GovernanceAPI())
    try app.register(collection: ModelEmployerRoutes())
    try app.register(collection: EDSRoutes())
    try app.register(collection: VoiceShareRoutes())
    try app.register(collection: VoiceModerationRoutes())
    try app.register(collection: WhatStaffSayRoutes())
    try app.register(collection: PulseRoutes())
    try app.register(collection: ChallengeRoutes())
    try app.register(collection: GoodPracticeRoutes())
    try app.register(collection: DecisionRoutes())
    try app.register(collection: MeetingPackRoutes())
    try app.register(collection: CycleRoutes())
    try app.register(collection: ActionPlanRoutes())
    try app.register(collection: OpenDataRoutes())
    try app.register(collection: StructureAPI())
    try app.register(collection: WhatStaffSayAPI())
    try app.register(collection: APIDocumentationRoutes())
    try app.register(collection: CompareRoutes())
    try app.register(collection: BoardReportRoutes())
}
