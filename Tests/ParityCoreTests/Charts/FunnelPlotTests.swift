import Foundation
import Testing
@testable import ParityCore

@Suite struct FunnelPlotTests {
    private let focus = Proportion(events: 100, base: 400), reference = Proportion(events: 45, base: 300)

    @Test func atThePoolsOwnSizeTheLimitsAreItsLogMethodInterval() throws {
        // given the limits around a pool of 700 (400 White, 300 BME)
        let limits = try #require(FunnelLimits.relativeLikelihood(focus: focus, reference: reference))
        // when
        let funnel = limits.limits(size: 700, z: 1.96)
        // then the same variance as DOMAIN.md's interval of the pool itself
        let interval = try #require(RelativeLikelihood.interval(focus: focus, reference: reference, z: 1.96))
        #expect(abs(limits.target - (0.25 / 0.15)) < 1e-12)
        #expect(abs(funnel.lowerBound - interval.low) < 1e-12)
        #expect(abs(funnel.upperBound - interval.high) < 1e-12)
    }

    @Test func theLimitsNarrowAsOrganisationsGrow() throws {
        let limits = try #require(FunnelLimits.relativeLikelihood(focus: focus, reference: reference))
        let small = limits.limits(size: 100, z: FunnelLimits.controlZ), large = limits.limits(size: 10_000, z: FunnelLimits.controlZ)
        #expect(small.lowerBound < large.lowerBound && small.upperBound > large.upperBound)
        #expect(limits.limits(size: 100, z: FunnelLimits.warningZ).upperBound < small.upperBound)
        // the size at which the upper 99.8% limit comes down to 3.0 has it at 3.0
        let size = limits.size(whereUpperLimitIs: 3, z: FunnelLimits.controlZ)
        #expect(abs(limits.limits(size: size, z: FunnelLimits.controlZ).upperBound - 3) < 1e-9)
    }

    @Test func positionsIncludeTheirLimits() throws {
        let limits = try #require(FunnelLimits.relativeLikelihood(focus: focus, reference: reference))
        let warning = limits.limits(size: 700, z: FunnelLimits.warningZ), control = limits.limits(size: 700, z: FunnelLimits.controlZ)
        #expect(limits.position(of: limits.target, size: 700) == .within)
        #expect(limits.position(of: warning.upperBound, size: 700) == .within)
        #expect(limits.position(of: (warning.upperBound + control.upperBound) / 2, size: 700) == .aboveWarning)
        #expect(limits.position(of: control.upperBound, size: 700) == .aboveWarning)
        #expect(limits.position(of: control.upperBound + 0.01, size: 700) == .aboveControl)
        #expect(limits.position(of: (warning.lowerBound + control.lowerBound) / 2, size: 700) == .belowWarning)
        #expect(limits.position(of: 0, size: 700) == .belowControl)
    }

    @Test(arguments: [
        (Proportion(events: 0, base: 400), Proportion(events: 45, base: 300)),
        (Proportion(events: 100, base: 400), Proportion(events: 0, base: 300)),
        (Proportion(events: 400, base: 400), Proportion(events: 45, base: 300)),
        (Proportion(events: 10, base: 0), Proportion(events: 45, base: 300)),
    ])
    func aPoolWithoutVarianceHasNoLimits(focus: Proportion, reference: Proportion) {
        #expect(FunnelLimits.relativeLikelihood(focus: focus, reference: reference) == nil)
    }

    @Test func onlyTheOutliersAreLabelledAndWithheldFiguresAreListedNotDrawn() throws {
        // given a pool at 1.67 and four organisations
        let limits = try #require(FunnelLimits.relativeLikelihood(focus: focus, reference: reference))
        let plot = FunnelPlot(id: "funnel-2", title: "Appointment", valueLabel: "Relative likelihood", sizeLabel: "Shortlisted",
                              targetLabel: "Region, pooled", limits: limits, units: [
                                  .init(name: "Typical", code: "T1", size: 700, value: 1.7, missing: .undefined),
                                  .init(name: "High", code: "H1", size: 5000, value: 3.5, missing: .undefined),
                                  .init(name: "Small", code: "S1", size: 40, value: 3.5, missing: .undefined),
                                  .init(name: "Hidden", code: "X1", size: 60, value: nil, missing: .withheld),
                              ])
        // when
        let chart = plot.rendered()
        let root = try SVGTree.parse(chart.svg)
        // then H1 is an outlier; S1, as high but small, is not
        let labels = root.nodes("text", class: "p-chart__label--strong").map(\.text)
        #expect(labels == ["H1"])
        #expect(root.nodes("polygon", class: "p-chart__unit--outlier").count == 1 + 1) // and one in the key
        #expect(root.nodes("polyline", class: "p-chart__limit").count == 4)
        #expect(chart.table?.rows.map(\.heading) == ["High (H1)", "Small (S1)", "Typical (T1)", "Hidden (X1)"])
        #expect(chart.table?.rows.first?.cells == ["5,000", "3.50", "Outlier: above the 99.8% limit"])
        #expect(chart.table?.rows.last?.cells == ["60", "*", "Not drawn"])
        #expect(chart.summary.contains("1 of 3 organisations with a published figure lie beyond the 99.8% limits."))
        #expect(chart.summary.contains("Above: High (3.50)."))
        #expect(chart.summary.contains("1 organisation's figure is not published or cannot be computed."))
        #expect(!chart.svg.contains(">X1<"))
    }

    @Test func outliersCodesDoNotOverlap() {
        let places = FunnelPlot.labelPlaces([("DJ2", 100, 50), ("DF3", 104, 52), ("DD2", 108, 48), ("DA1", 400, 50)])
        for (i, a) in places.enumerated() {
            for b in places[(i + 1)...] {
                let apart = abs(a.y - b.y) >= 14 || a.x + ChartText.width(a.text, size: 13) < b.x || b.x + ChartText.width(b.text, size: 13) < a.x
                #expect(apart, "\(a.text) overlaps \(b.text)")
            }
        }
        let alone = places.first { $0.text == "DA1" }
        #expect(alone?.x == 409 && alone?.y == 43)
    }
}
