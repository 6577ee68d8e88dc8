import Testing
@testable import ParityCore

@Suite struct HeatmapTests {
    private let heatmap = Heatmap(
        id: "scorecard", title: "Scorecard", rowHeading: "System",
        columns: [.init(number: "1", label: "BME staff"), .init(number: "2", label: "Appointment"), .init(number: "3", label: "Disciplinary")],
        rows: [
            .init(name: "North", cells: [.init(text: "20.0%", flag: nil), .init(text: "1.53", flag: .adverse), .init(text: "0.70", flag: .favourable)]),
            .init(name: "South", cells: [.init(text: "12.0%", flag: nil), .init(text: "1.02", flag: .nonAdverse), .init(text: "*", flag: .tooFewToConclude)]),
        ],
        pooled: .init(name: "Region (pooled)", cells: [.init(text: "16.0%", flag: nil), .init(text: "1.31", flag: .adverse), .init(text: "n/a", flag: .notApplicable)])
    )

    @Test func everyCellPrintsItsFigureBesideTheShapeOfItsFlag() throws {
        let root = try SVGTree.parse(heatmap.rendered().svg)
        let texts = root.nodes("text", class: "p-chart__cell-text").map(\.text)
        #expect(texts == ["20.0%", "1.53", "0.70", "12.0%", "1.02", "*", "16.0%", "1.31", "n/a"])
        // shapes: the cells' and the key's
        #expect(root.nodes("polygon", class: "p-chart__symbol--adverse").count == 2 + 1)
        #expect(root.nodes("polygon", class: "p-chart__symbol--favourable").count == 1 + 1)
        #expect(root.nodes("polyline", class: "p-chart__symbol--non-adverse").count == 1 + 1)
        #expect(root.nodes("circle", class: "p-chart__symbol--too-few-to-conclude").count == 1 + 1)
        #expect(root.nodes("line", class: "p-chart__symbol--n-a").count == 1 + 1)
    }

    @Test func adverseAndFavourableCellsArePatternedNotOnlyTinted() throws {
        let root = try SVGTree.parse(heatmap.rendered().svg)
        let patterns = Set(root.nodes("pattern").compactMap { $0.attributes["id"] })
        #expect(patterns == ["scorecard-hatch", "scorecard-dots"])
        let adverse = root.nodes("rect", class: "p-chart__cell--adverse").filter { $0.classes().contains("p-chart__cell") }
        #expect(adverse.count == 2 + 1)
        #expect(adverse.allSatisfy { $0.attributes["fill"] == "url(#scorecard-hatch)" })
        let plain = root.nodes("rect", class: "p-chart__cell--none")
        #expect(plain.count == 3 + 1)
        #expect(plain.allSatisfy { $0.attributes["fill"] == nil })
    }

    @Test func theSummaryCountsAdverseFlagsAndWithheldFigures() {
        #expect(heatmap.summary == "Adverse flags: indicator 2 (appointment) in 1 of 2 systems. Region (pooled): flagged adverse on indicator 2. 1 figure is withheld by disclosure control (*).")
    }

    @Test func theTableCarriesEachFlagInWords() {
        let table = heatmap.table
        #expect(table.columns == ["System", "1 BME staff", "2 Appointment", "3 Disciplinary"])
        #expect(table.rows[0].cells == ["20.0%", "1.53 (adverse)", "0.70 (favourable)"])
        #expect(table.rows.last?.heading == "Region (pooled)")
    }

    @Test func longNamesWrapOntoTwoLinesAndAreCutOnlyBeyond() {
        #expect(Heatmap.nameLines("University Hospitals of Derby and Burton NHS Foundation Trust")
                == ["University Hospitals of Derby", "and Burton NHS Foundation Trust"])
        let three = Heatmap.nameLines("The Royal Wolverhampton and Walsall Healthcare Partnership NHS Foundation Trust")
        #expect(three.count == 2)
        #expect(three[1].hasSuffix("…"))
        #expect(Heatmap.nameLines("Testshire") == ["Testshire"])
    }
}
