import Testing
@testable import ParityCore

struct IntersectionTests {
    private static func counts(_ indicator: Int, _ measure: Measure, _ byGroup: [String: Int]) -> [IntersectionCountKey: Int] {
        var values: [IntersectionCountKey: Int] = [:]
        for (raw, count) in byGroup {
            values[IntersectionCountKey(indicator: indicator, measure: measure, group: IntersectionGroup(rawValue: raw)!)] = count
        }
        return values
    }

    // Appointed of shortlisted: White non-disabled 250/1000 = 25%, White Disabled 20/100 = 20%,
    // BME non-disabled 100/500 = 20%, BME Disabled 6/50 = 12%; Unknown combinations are small.
    private static let appointment = IntersectionCounts(
        counts(2, .shortlisted, ["white+non-disabled": 1000, "white+disabled": 100, "white+unknown": 30,
                                 "bme+non-disabled": 500, "bme+disabled": 50, "bme+unknown": 20,
                                 "unknown+non-disabled": 40, "unknown+disabled": 10, "unknown+unknown": 25])
        .merging(counts(2, .appointed, ["white+non-disabled": 250, "white+disabled": 20, "white+unknown": 8,
                                        "bme+non-disabled": 100, "bme+disabled": 6, "bme+unknown": 5,
                                        "unknown+non-disabled": 10, "unknown+disabled": 2, "unknown+unknown": 6])) { $1 }
    )

    private static func row(_ a: IntersectionAnalysis, _ group: IntersectionGroup) -> IntersectionLikelihood {
        a.groups.first { $0.group == group }!
    }

    // RLs against White non-disabled: 0.8, 0.8, 0.48; BME Disabled CI 0.2248706–1.0245891 (python3).
    // Flags read 1 ÷ RL for appointment: 1.25 (edge, non-adverse) and 2.083 (adverse).
    @Test func unrestrictedShowsEveryFigure() throws {
        let a = IntersectionEngine.analysis(indicator: 2, year: 2026, current: Self.appointment, previous: nil, disclosure: .unrestricted)
        #expect(a.groups.map(\.group) == IntersectionGroup.compared && a.reference == .whiteNonDisabled)
        let bmeDisabled = Self.row(a, .bmeDisabled)
        #expect(bmeDisabled.events == .value(6) && bmeDisabled.base == .value(50))
        #expect(bmeDisabled.likelihoodPercent == .value(12))
        #expect(StatisticsTolerance.matches(bmeDisabled.relativeLikelihood.value, 0.48))
        #expect(StatisticsTolerance.matches(bmeDisabled.confidenceInterval?.low, 0.22487063624978515))
        #expect(StatisticsTolerance.matches(bmeDisabled.confidenceInterval?.high, 1.0245890874968346))
        #expect(bmeDisabled.flag == .adverse)
        #expect(StatisticsTolerance.matches(Self.row(a, .whiteDisabled).relativeLikelihood.value, 0.8))
        #expect(Self.row(a, .whiteDisabled).flag == .nonAdverse)
        #expect(Self.row(a, .bmeNonDisabled).flag == .nonAdverse)
        let reference = Self.row(a, .whiteNonDisabled)
        #expect(reference.likelihoodPercent == .value(25) && reference.relativeLikelihood == .notApplicable && reference.flag == nil)
        #expect(a.events.rowTotals == [.value(278), .value(111), .value(18)])  // the WRES counts by ethnicity
        #expect(a.events.columnTotals == [.value(28), .value(360), .value(19)]) // the WDES counts by disability
    }

    // Unknown+Disabled appointed 2 is hidden; the Disabled column then hides BME Disabled (6),
    // the smallest other cell, so BME Disabled's likelihood and RL are withheld.
    @Test func publicReleaseWithholdsWhatSuppressionHides() {
        let a = IntersectionEngine.analysis(indicator: 2, year: 2026, current: Self.appointment, previous: nil, disclosure: .publicRelease)
        #expect(a.events.cells[2][0] == .suppressed && a.events.cells[1][0] == .suppressed)
        let bmeDisabled = Self.row(a, .bmeDisabled)
        #expect(bmeDisabled.events == .suppressed && bmeDisabled.base == .value(50))
        #expect(bmeDisabled.likelihoodPercent == .withheld && bmeDisabled.relativeLikelihood == .withheld)
        #expect(bmeDisabled.confidenceInterval == nil && bmeDisabled.flag == nil)
        #expect(Self.row(a, .whiteDisabled).relativeLikelihood.value != nil)
        #expect(bmeDisabled.likelihoodPercent.display(DisplayFormat.percent) == "*")
    }

    @Test func figureNeedsEveryCountAtTheMinimum() {
        let policy = DisclosurePolicy(smallCountMaximum: 0, minimumCountForFigure: 10, minimumSurveyRespondents: 0, minimumVoiceContributions: 0)
        let a = IntersectionEngine.analysis(indicator: 2, year: 2026, current: Self.appointment, previous: nil, disclosure: policy)
        let bmeDisabled = Self.row(a, .bmeDisabled)
        #expect(bmeDisabled.events == .value(6))                      // the count itself may be shown
        #expect(bmeDisabled.likelihoodPercent == .withheld && bmeDisabled.relativeLikelihood == .withheld)
        #expect(Self.row(a, .whiteDisabled).likelihoodPercent == .value(20))
    }

    private static func disciplinary(entered: Int) -> IntersectionCounts {
        let headcount = Measure.headcount(.clinical, .band5)
        return IntersectionCounts(
            counts(1, headcount, ["white+non-disabled": 3000, "white+disabled": 200, "bme+non-disabled": 800, "bme+disabled": 60])
                .merging(counts(3, .enteredDisciplinary, ["white+non-disabled": 15, "white+disabled": 2, "bme+non-disabled": 8, "bme+disabled": entered])) { $1 }
        )
    }

    // Two years pooled: BME Disabled 6/120 ÷ White non-disabled 30/6000 = 10; White Disabled
    // 4/400 and BME non-disabled 16/1600 give 2. Higher is worse for indicator 3: adverse.
    @Test func indicator3PoolsTwoYearsAndReadsHighAsAdverse() {
        let year = Self.disciplinary(entered: 3)
        let a = IntersectionEngine.analysis(indicator: 3, year: 2026, current: year, previous: year, disclosure: .unrestricted)
        #expect(a.pooledYears == [2025, 2026] && !a.usedSingleYear)
        #expect(Self.row(a, .bmeDisabled).base == .value(120))
        #expect(StatisticsTolerance.matches(Self.row(a, .bmeDisabled).relativeLikelihood.value, 10))
        #expect(StatisticsTolerance.matches(Self.row(a, .whiteDisabled).relativeLikelihood.value, 2))
        #expect(a.groups.dropLast().allSatisfy { $0.flag == .adverse })
        let partial = IntersectionCounts(Self.disciplinary(entered: 3).values.filter { $0.key.group != .bmeDisabled || $0.key.indicator == 1 })
        let single = IntersectionEngine.analysis(indicator: 3, year: 2026, current: year, previous: partial, disclosure: .unrestricted)
        #expect(single.pooledYears == [2026] && single.usedSingleYear)
        #expect(StatisticsTolerance.matches(Self.row(single, .bmeDisabled).relativeLikelihood.value, 10))
    }

    @Test func representationShares() {
        let counts = IntersectionCounts(Self.counts(1, .headcount(.clinical, .band5),
            ["white+non-disabled": 3000, "white+disabled": 200, "bme+non-disabled": 800, "bme+disabled": 3]))
        let open = IntersectionEngine.representation(counts, disclosure: .unrestricted)
        #expect(StatisticsTolerance.matches(open.shares[.whiteNonDisabled]?.value, 3000.0 * 100 / 4003))
        #expect(StatisticsTolerance.matches(open.shares[.bmeDisabled]?.value, 3.0 * 100 / 4003))
        let published = IntersectionEngine.representation(counts, disclosure: .publicRelease)
        #expect(published.shares[.bmeDisabled] == .withheld)
        #expect(published.headcount.cells[1][0] == .suppressed && published.headcount.cells[1][1] == .suppressed)
    }

    @Test(arguments: [
        ("bme+disabled", "BME Disabled"), ("white+non-disabled", "White non-disabled"),
        ("unknown+disabled", "Unknown ethnicity, Disabled"), ("white+unknown", "White unknown disability"),
    ])
    func groupText(raw: String, label: String) throws {
        let group = try #require(IntersectionGroup(rawValue: raw))
        #expect(group.rawValue == raw && group.label == label)
    }

    @Test(arguments: ["disabled+white", "bme", "bme+disabled+x", "white+bme", ""])
    func groupTextRejected(raw: String) {
        #expect(IntersectionGroup(rawValue: raw) == nil)
    }

    @Test func groupSets() {
        #expect(IntersectionGroup.all.count == 9 && IntersectionGroup.all.filter(\.isCompared).count == 4)
        #expect(Set(IntersectionGroup.compared) == Set(IntersectionGroup.all.filter(\.isCompared)))
    }
}
