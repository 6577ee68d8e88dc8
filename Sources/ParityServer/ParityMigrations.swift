import Fluent

/// Every migration, in the order it runs. Migrations are never edited after they land.
enum ParityMigrations {
    static let all: [any Migration] = [
        CreateSystem(),
        CreateOrganisation(),
        CreateMembership(),
        CreateSetting(),
        CreateReturnVersion(),
        CreateUser(),
        CreateSession(),
        CreateOneTimeLink(),
        CreateAPIToken(),
        CreateSignInFailure(),
        CreateAuditEvent(),
        CreateBody(),
        CreatePopulation(),
        CreateProgramme(),
        CreateRecommendation(),
        CreateCommitment(),
        CreateProgressUpdate(),
        CreateCommitmentTarget(),
        CreatePanelComment(),
        CreateEDSAssessment(),
        CreateVoiceLink(),
        CreateVoiceSubmission(),
        CreateVoiceRateWindow(),
        CreateVoiceCommitmentLink(),
        CreatePulse(),
        AddIntersectionCounts(),
        CreateChallenge(),
        CreateGoodPractice(),
        CreateDecision(),
        CreateMeetingPack(),
        CreateReportingCycle(),
    ]
}
