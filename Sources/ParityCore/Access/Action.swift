/// Everything a route may ask the access rule about.
public enum Action: String, Sendable, Hashable, CaseIterable {
    case readPublished, readUnsuppressed, importReturn, signOffReturn, manageUsers, manageReferenceData,
        browseAudit, raiseChallenge, endorseGoodPractice, manageGovernance, manageCommitments,
        moderateStaffVoice, readStaffVoice, recordNetworkInvolvement, giveNetworkAccount, manageOwnTokens, commentOnCommitment,
        manageCycles, editActionPlan, rateActionPlan
}
