/// The ledger of every "What staff say" count and the sums an outsider can use between them
/// (`VoicePublication`). Within a scope and theme: the periods add up to the recent count, the
/// ethnic groups to those that gave one, the answers on disability to those that gave one,
/// and each of these, with what it leaves out, to the theme's count; each theme's count, with
/// the contributions without that theme, to the scope's contributions. Across scopes: every
/// count of a system adds up from its organisations' and every count of the region from its
/// systems', with what the members leave out. What a sum leaves out is never published, but
/// an outsider knows it is at least 0, so it is in the ledger, unpublished — unless it is 0,
/// which a reader may well know (every experience comes through a listed system; every one
/// is recent when the service is young), so the sum is taken as exact.
struct VoiceLedger {
    enum Entry: Hashable, Sendable {
        case published(VoiceCountKey)
        case unpublished(VoiceCountKey, Remainder)
    }

    /// The part of a published count that its listed parts leave out.
    enum Remainder: Hashable, Sendable {
        /// Experiences before the published periods.
        case earlier
        case noEthnicityGiven, noDisabilityGiven
        /// Contributions without the key's theme.
        case withoutTheme
        /// Experiences of the scope that none of its listed members counts.
        case noListedMember
    }

    private(set) var ledger = DisclosureLedger<Entry>()
    private(set) var unpublished: Set<Entry> = []

    init(contributions: [VoiceContribution], structure: RegionStructure, periods: [String]) {
        let counts = Self.counts(contributions, structure: structure)
        let slices: [VoiceCountKey.Slice] = [.all, .recent] + periods.map { .period($0) }
            + [.ethnicityGiven] + VoiceEthnicity.allCases.map { .ethnicity($0) }
            + [.disabilityGiven] + VoiceDisability.allCases.map { .disability($0) }
        let scopes = [FigureScope.region] + structure.systems.map { .system($0.code) } + structure.organisations.map { .organisation($0.code) }
        for scope in scopes {
            let contributions = VoiceCountKey(scope, nil, .all)
            ledger.record(.published(contributions), counts[contributions] ?? 0)
            for theme in VoiceTheme.allCases {
                let key = { (slice: VoiceCountKey.Slice) in VoiceCountKey(scope, theme, slice) }
                for slice in slices { ledger.record(.published(key(slice)), counts[key(slice)] ?? 0) }
                relate(key(.recent), parts: periods.map { key(.period($0)) })
                relate(key(.ethnicityGiven), parts: VoiceEthnicity.allCases.map { key(.ethnicity($0)) })
                relate(key(.disabilityGiven), parts: VoiceDisability.allCases.map { key(.disability($0)) })
                relate(key(.all), parts: [key(.recent)], remainder: .unpublished(key(.all), .earlier))
                relate(key(.all), parts: [key(.ethnicityGiven)], remainder: .unpublished(key(.all), .noEthnicityGiven))
                relate(key(.all), parts: [key(.disabilityGiven)], remainder: .unpublished(key(.all), .noDisabilityGiven))
                relate(contributions, parts: [key(.all)], remainder: .unpublished(key(.all), .withoutTheme))
            }
        }
        let members = [(FigureScope.region, structure.systems.map { FigureScope.system($0.code) })]
            + structure.systems.map { (FigureScope.system($0.code), $0.organisations.map { FigureScope.organisation($0.code) }) }
        for (total, parts) in members {
            let keys = [VoiceCountKey(total, nil, .all)] + VoiceTheme.allCases.flatMap { theme in slices.map { VoiceCountKey(total, theme, $0) } }
            for key in keys {
                relate(key, parts: parts.map { VoiceCountKey($0, key.theme, key.slice) }, remainder: .unpublished(key, .noListedMember))
            }
        }
    }

    /// Records that `parts`, with `remainder` (recorded here, unpublished, when not 0) when given, add up to `total`.
    private mutating func relate(_ total: VoiceCountKey, parts: [VoiceCountKey], remainder: Entry? = nil) {
        var entries = parts.map(Entry.published)
        if let remainder, let value = ledger.value(.published(total)) {
            let left = value - entries.reduce(0) { $0 + (ledger.value($1) ?? 0) }
            if left > 0 {
                ledger.record(remainder, left)
                unpublished.insert(remainder)
                entries.append(remainder)
            }
        }
        ledger.relate(total: .published(total), parts: entries)
    }

    /// Each count: a contribution counts in the region, in its system when listed, and in its
    /// organisation when listed in that system.
    private static func counts(_ contributions: [VoiceContribution], structure: RegionStructure) -> [VoiceCountKey: Int] {
        let systems = Set(structure.systems.map(\.code))
        let organisations = Dictionary(structure.organisations.map { ($0.code, $0.systemCode) }, uniquingKeysWith: { first, _ in first })
        var counts: [VoiceCountKey: Int] = [:]
        for contribution in contributions {
            var scopes = [FigureScope.region]
            if systems.contains(contribution.systemCode) { scopes.append(.system(contribution.systemCode)) }
            if let code = contribution.organisationCode, organisations[code] == contribution.systemCode { scopes.append(.organisation(code)) }
            for scope in scopes {
                counts[VoiceCountKey(scope, nil, .all), default: 0] += 1
                for theme in contribution.themes {
                    for slice in contribution.slices { counts[VoiceCountKey(scope, theme, slice), default: 0] += 1 }
                }
            }
        }
        return counts
    }
}
