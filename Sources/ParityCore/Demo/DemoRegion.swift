/// A fictional region with synthetic WRES returns, for demonstrations and tests. Its names
/// and codes are invented (codes start with D) and its figures come from a seeded generator,
/// so it never says anything about a real organisation (DOMAIN.md, the Midlands).
public enum DemoRegion {
    /// The region's fictional name.
    public static let regionName = DemoScale.region.regionName
    /// The banner every page built from this data must show.
    public static let banner = "Demo region — synthetic data"

    /// The label of the stream WDES and intersection counts are drawn from ("WDES" in ASCII).
    private static let wdesStream: UInt64 = 0x5744_4553

    /// The region's 11 systems, 43 organisations and a WRES return for every organisation and
    /// each of `years` years ending at `latestYear`, the same for the same seed on every run.
    /// Organisations differ in size (about 300 to 20,000 staff), BME share (5%–45%) and
    /// outcome: some clearly adverse, some near parity, some improving year on year, and a few
    /// small enough that counts of 1–4 appear. Two returns have a hole: one organisation has
    /// no indicator 3 figures in the year before `latestYear`, another no survey figures
    /// (indicators 5–8) two years before it. Every organisation also has a complete WDES
    /// return (metrics 1–10) each year, agreeing with its WRES return, and every third one
    /// (14 of 43) race × disability counts. At `.national` scale the country holds the same
    /// region and 31 further systems generated alike (`DemoCatalogue+National`), 221
    /// organisations in all; the region's organisations draw the same numbers at either scale.
    public static func generate(seed: UInt64 = 2021, latestYear: Int, years: Int = 5, scale: DemoScale = .region) -> DemoRegionData {
        precondition(years >= 1, "a demo region needs at least one year of returns")
        var rows: [ReturnRow] = []
        var wdes: [ReturnKey: WDESCounts] = [:]
        var intersections: [ReturnKey: IntersectionCounts] = [:]
        // WDES draws from streams of its own, so the WRES rows stay as they were before it.
        var wdesMixer = SplitMix64(seed: seed, stream: wdesStream)
        let wdesSeed = wdesMixer.next()
        let catalogue = DemoCatalogue.organisations(scale)
        for (index, spec) in catalogue.enumerated() {
            var organisationRandom = SplitMix64(seed: seed, stream: UInt64(index))
            let traits = DemoTraits(outcome: spec.outcome, random: &organisationRandom)
            var wdesOrganisationRandom = SplitMix64(seed: wdesSeed, stream: UInt64(index))
            let wdesTraits = DemoWDESTraits(random: &wdesOrganisationRandom)
            for year in (latestYear - years + 1)...latestYear {
                var random = SplitMix64(seed: seed, stream: UInt64(index), UInt64(bitPattern: Int64(year)))
                let organisationYear = DemoOrganisationYear(spec: spec, traits: traits, year: year, yearsBeforeLatest: latestYear - year)
                let yearRows = organisationYear.rows(random: &random)
                rows += yearRows

                let wres = ReturnCounts(rows: yearRows)
                var wdesRandom = SplitMix64(seed: wdesSeed, stream: UInt64(index), UInt64(bitPattern: Int64(year)))
                let counts = DemoWDESYear(spec: spec, traits: wdesTraits, yearsBeforeLatest: latestYear - year, wres: wres).counts(random: &wdesRandom)
                wdes[ReturnKey(organisation: spec.code, year: year, standard: .wdes)] = counts
                if index % 3 == 1 {
                    intersections[ReturnKey(organisation: spec.code, year: year, standard: .wres)] =
                        DemoIntersectionYear(wres: wres, wdes: counts).counts(random: &wdesRandom)
                }
            }
        }
        return DemoRegionData(
            regionName: scale.regionName,
            systems: DemoCatalogue.systems(scale),
            organisations: catalogue.map {
                ReferenceOrganisation(code: $0.code, name: $0.name, systemCode: $0.systemCode, kind: $0.kind)
            },
            rows: rows,
            wdes: wdes,
            intersections: intersections
        )
    }
}
