extension AccessPolicy {
    /// The sentence for a refused action: who may do it here, and that signing in comes first
    /// for the public.
    static func refusal(_ actor: Actor, _ action: Action, _ resource: Resource) -> String {
        let who = [Role.organisationDataLead, .systemLead, .staffNetworkLead, .panelMember, .regionalAdmin]
            .filter { $0.permittedActions.contains(action) }
            .compactMap { $0.holders(of: resource) }
        let rule = "\(listed(who)) may \(action.verbPhrase) for \(resource.phrase)."
        let hint = action == .readUnsuppressed ? " Published figures are open to everyone." : ""
        return (actor.isSignedIn ? "Only " : "Sign in first: only ") + rule + hint
    }

    /// "A", "A and B", "A, B and C".
    static func listed(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        let rest = items.dropLast()
        return rest.isEmpty ? last : rest.joined(separator: ", ") + " and " + last
    }
}

extension Role {
    /// The role's name inside a sentence, plural.
    var pluralNoun: String {
        switch self {
        case .regionalAdmin: "regional admins"
        case .panelMember: "Race Equality & Inclusion Panel members"
        case .systemLead: "system leads"
        case .organisationDataLead: "organisation data leads"
        case .staffNetworkLead: "staff network leads"
        }
    }

    /// Who holding this role could act on `resource`, e.g. "the system lead of QWE"; `nil` when
    /// no grant of this role can contain it.
    func holders(of resource: Resource) -> String? {
        switch (self, resource) {
        case (.regionalAdmin, _), (.panelMember, _):
            pluralNoun
        case let (.systemLead, .system(code)), let (.systemLead, .organisation(_, code?)):
            "the system lead of \(code)"
        case let (.staffNetworkLead, .system(code)), let (.staffNetworkLead, .organisation(_, code?)):
            "the staff network leads of \(code)"
        case let (.organisationDataLead, .organisation(code, _)):
            "the organisation data leads of \(code)"
        default:
            nil
        }
    }
}

extension Action {
    /// The action inside a sentence: "only … may <verbPhrase> for RXX".
    var verbPhrase: String {
        switch self {
        case .readPublished: "see published figures"
        case .readUnsuppressed: "see unsuppressed figures"
        case .importReturn: "import returns"
        case .signOffReturn: "sign off returns"
        case .manageUsers: "manage users"
        case .manageReferenceData: "manage reference data"
        case .browseAudit: "browse the audit log"
        case .raiseChallenge: "raise challenges"
        case .endorseGoodPractice: "endorse good practice"
        case .manageGovernance: "manage governance"
        case .manageCommitments: "manage commitments"
        case .moderateStaffVoice: "moderate staff voice"
        case .readStaffVoice: "read what staff shared"
        case .giveNetworkAccount: "give the staff network's own account of a decision"
        case .recordNetworkInvolvement: "record staff network involvement in decisions"
        case .manageOwnTokens: "manage API tokens"
        case .commentOnCommitment: "comment on commitments"
        case .manageCycles: "set reporting cycles"
        case .editActionPlan: "change action plans or see their drafts"
        case .rateActionPlan: "rate and comment on action plans"
        }
    }
}

extension Resource {
    /// The resource inside a sentence: "the region", "QWE", "RXX", "your account".
    var phrase: String {
        switch self {
        case .region: "the region"
        case let .system(code): code
        case let .organisation(code, _): code
        case .account: "your account"
        }
    }
}
