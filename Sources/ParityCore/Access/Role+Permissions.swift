extension Role {
    /// The actions the role allows inside its scope (roles issue). Reading published figures and
    /// managing one's own tokens belong to everyone and are decided before roles are consulted.
    /// Returns are imported and signed off by the organisation's own data leads (and regional
    /// admins): a system lead oversees them but does not vouch for another organisation's figures.
    var permittedActions: Set<Action> {
        switch self {
        case .regionalAdmin:
            Set(Action.allCases)
        case .panelMember:
            [.readUnsuppressed, .browseAudit, .raiseChallenge, .endorseGoodPractice, .commentOnCommitment, .readStaffVoice]
        case .systemLead:
            [.readUnsuppressed, .manageGovernance, .manageCommitments, .moderateStaffVoice, .readStaffVoice, .recordNetworkInvolvement,
             .editActionPlan, .rateActionPlan]
        case .organisationDataLead:
            [.readUnsuppressed, .importReturn, .signOffReturn, .editActionPlan]
        case .staffNetworkLead:
            // Not readUnsuppressed: staff voice is anonymous, and the figures they see are public.
            // The network's own account of a decision is the network's voice, not the system's.
            [.moderateStaffVoice, .readStaffVoice, .recordNetworkInvolvement, .giveNetworkAccount]
        }
    }
}
