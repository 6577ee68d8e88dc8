extension Actor {
    /// The organisations whose returns this person leads as a data lead, sorted: the one a
    /// return template is filled in for, and the one an upload naming another is pointed to.
    public var ledOrganisations: [String] {
        validGrants.compactMap { grant in
            guard grant.role == .organisationDataLead, case let .organisation(code) = grant.scope else { return nil }
            return code
        }.sorted()
    }
}
