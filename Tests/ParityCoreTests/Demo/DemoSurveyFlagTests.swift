import Testing
@testable import ParityCore

/// Issue 28's promise over the whole demo: no scope (organisation, system, region) in any year
/// has a survey flag of adverse or favourable while its oriented ratio of percentages lies
/// inside the non-adverse band, and none outside the band with enough respondents goes
/// unflagged. The ratio is worked out here from the pooled raw counts, not read from the engine.
@Suite("Demo survey flags")
struct DemoSurveyFlagTests {
    struct Outcome {
        var flagged = 0
        var unflagged = 0
        var broken: [String] = []
    }

    @Test func theRegionsSurveyFlagsAgreeWithTheBand() {
        let outcome = Self.check(DemoReturns.standard.data)
        #expect(outcome.broken.isEmpty, "\(outcome.broken.prefix(10))")
        // Not vacuous: the demo has survey figures on both sides of the band's edges.
        #expect(outcome.flagged > 100 && outcome.unflagged > 100, "\(outcome.flagged) flagged, \(outcome.unflagged) not")
    }

    @Test func theCountrysSurveyFlagsAgreeWithTheBand() {
        let outcome = Self.check(DemoRegion.generate(latestYear: 2024, scale: .national))
        #expect(outcome.broken.isEmpty, "\(outcome.broken.prefix(10))")
        #expect(outcome.flagged > 100)
    }

    /// Every scope of every year of `data`, WRES 5–8 and WDES 4a(i)–7.
    static func check(_ data: DemoRegionData) -> Outcome {
        let structure = RegionStructure(regionName: data.regionName, systems: data.systems.map { system in
            SystemEntry(code: system.code, name: system.name, organisations: data.organisations.filter { $0.systemCode == system.code }
                .map { OrganisationEntry(code: $0.code, name: $0.name, systemCode: $0.systemCode) })
        })
        let wres = Dictionary(grouping: data.rows, by: \.returnKey).mapValues { ReturnCounts(rows: $0) }
        var scopes: [(name: String, members: [String], wres: (Int) -> ScopeFigures, wdes: (Int) -> WDESScopeFigures)] = [
            ("region", structure.organisations.map(\.code),
             { WRESRollUp.region(structure, year: $0, counts: wres) }, { WDESRollUp.region(structure, year: $0, counts: data.wdes) }),
        ]
        for system in structure.systems {
            scopes.append((system.code, system.organisations.map(\.code),
                           { WRESRollUp.system(system, year: $0, counts: wres) }, { WDESRollUp.system(system, year: $0, counts: data.wdes) }))
        }
        for organisation in structure.organisations {
            scopes.append((organisation.code, [organisation.code],
                           { WRESRollUp.organisation(organisation, year: $0, counts: wres) },
                           { WDESRollUp.organisation(organisation, year: $0, counts: data.wdes) }))
        }
        var outcome = Outcome()
        for year in Set(data.rows.map(\.year)).sorted() {
            for scope in scopes {
                let pooled = ReturnCounts.pooled(scope.members.compactMap { wres[ReturnKey(organisation: $0, year: year, standard: .wres)] })
                let report = scope.wres(year).report
                for indicator in 5...8 {
                    let share = { (group: PopulationGroup) in Self.share(pooled[indicator, .surveyYes, group], of: pooled[indicator, .surveyRespondents, group]) }
                    let (bme, white) = (share(.bme), share(.white))
                    record(indicator == 7 ? (white, bme) : (bme, white), flag: report.surveys[indicator]?.flag,
                           what: "\(scope.name) \(year) WRES \(indicator)", into: &outcome)
                }
                let wdesPooled = WDESCounts.pooled(scope.members.compactMap { data.wdes[ReturnKey(organisation: $0, year: year, standard: .wdes)] })
                let wdesReport = scope.wdes(year).report
                for metric in WDESMetric.surveyGaps {
                    let share = { (group: PopulationGroup) in Self.share(wdesPooled[metric, .surveyYes, group], of: wdesPooled[metric, .surveyRespondents, group]) }
                    let (disabled, nonDisabled) = (share(.disabled), share(.nonDisabled))
                    record(metric.higherIsBetter ? (nonDisabled, disabled) : (disabled, nonDisabled), flag: wdesReport.surveys[metric]?.flag,
                           what: "\(scope.name) \(year) WDES \(metric.rawValue)", into: &outcome)
                }
            }
        }
        return outcome
    }

    /// Yes of respondents, kept with the respondents so the threshold can be checked.
    private static func share(_ yes: Int?, of respondents: Int?) -> (percent: Double, respondents: Int)? {
        guard let yes, let respondents, respondents > 0 else { return nil }
        return (Double(yes) * 100 / Double(respondents), respondents)
    }

    private static func record(_ sides: ((percent: Double, respondents: Int)?, (percent: Double, respondents: Int)?), flag: Flag?,
                               what: String, into outcome: inout Outcome) {
        guard let flag, let numerator = sides.0, let divisor = sides.1,
              numerator.respondents >= 11, divisor.respondents >= 11, numerator.percent > 0, divisor.percent > 0 else { return }
        let ratio = numerator.percent / divisor.percent
        // A hair's breadth either side of an edge is left to the core tests of the band.
        let inside = ratio >= 0.80 + 1e-9 && ratio <= 1.25 - 1e-9
        let outside = ratio < 0.80 - 1e-9 || ratio > 1.25 + 1e-9
        if flag == .adverse || flag == .favourable {
            outcome.flagged += 1
            if inside || (flag == .adverse) != (ratio > 1) { outcome.broken.append("\(what): \(flag.rawValue) at \(ratio)") }
        } else {
            outcome.unflagged += 1
            if outside { outcome.broken.append("\(what): \(flag.rawValue) at \(ratio)") }
        }
    }
}
