import ParityCore

/// Which scope a page or API call is about.
enum ScopeReference: Equatable {
    case region
    case system(String)
    case organisation(OrganisationEntry)

    /// The organisations whose returns the scope's figures pool.
    func members(in structure: RegionStructure) -> [OrganisationEntry] {
        switch self {
        case .region: structure.organisations
        case let .system(code): structure.system(code: code)?.organisations ?? []
        case let .organisation(entry): [structure.organisation(code: entry.code) ?? entry]
        }
    }
}

extension IndicatorLoader.YearData {
    /// The scope's computed figures for this year, or nil when the system did not exist then.
    func figures(_ scope: ScopeReference) -> ScopeFigures? {
        var figures: ScopeFigures? = switch scope {
        case .region: WRESRollUp.region(structure, year: year, counts: counts)
        case let .system(code): structure.system(code: code).map { WRESRollUp.system($0, year: year, counts: counts) }
        case let .organisation(entry): WRESRollUp.organisation(entry, year: year, counts: counts)
        }
        figures?.withheld = withheld[scope.figureScope]
        figures?.membersWithheld = withheld.byOrganisation
        return figures
    }
}

extension Dictionary where Key == FigureScope, Value == WithheldCounts {
    /// What each organisation hides, by its code.
    var byOrganisation: [String: WithheldCounts] {
        Dictionary<String, WithheldCounts>(uniqueKeysWithValues: filter { $0.key.kind == .organisation }.map { ($0.key.code, $0.value) })
    }
}
