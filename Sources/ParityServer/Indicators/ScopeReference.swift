import ParityCore

/// Which scope a page or API call is about.
enum ScopeReference: Equatable {
    case region
    case system(String)
    case organisation(OrganisationEntry)

    /// The organisations whose returns the scope's figures pool.
    func members(in structure: RegionStructure) -> [String] {
        switch self {
        case .region: structure.organisations.map(\.code)
        case let .system(code): structure.system(code: code)?.organisations.map(\.code) ?? []
        case let .organisation(entry): [entry.code]
        }
    }
}

extension IndicatorLoader.YearData {
    /// The scope's computed figures for this year, or nil when the system did not exist then.
    func figures(_ scope: ScopeReference) -> ScopeFigures? {
        switch scope {
        case .region: WRESRollUp.region(structure, year: year, counts: counts)
        case let .system(code): structure.system(code: code).map { WRESRollUp.system($0, year: year, counts: counts) }
        case let .organisation(entry): WRESRollUp.organisation(entry, year: year, counts: counts)
        }
    }
}
