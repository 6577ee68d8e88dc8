import Testing
@testable import ParityCore

@Suite struct ChartTextTests {
    @Test(arguments: [
        ("Relative likelihood", "relative likelihood"),
        ("BME % of the workforce", "BME % of the workforce"),
        ("Gap, BME − White", "gap, BME − White"),
        ("", ""),
    ])
    func readsInsideASentence(text: String, expected: String) {
        #expect(ChartText.inSentence(text) == expected)
    }

    @Test func wrapsBetweenWordsAndCutsWithAnEllipsis() {
        #expect(ChartText.wrapped("Harassment by public", characters: 12) == ["Harassment", "by public"])
        #expect(ChartText.wrapped("Non-consultant", characters: 5) == ["Non-consultant"])
        // 100 px at 14 px holds 12 characters: 11 and the ellipsis
        #expect(ChartText.truncated("Non-consultant career grade", width: 100, size: 14) == "Non-consult…")
        #expect(ChartText.truncated("Band 5", width: 100, size: 14) == "Band 5")
    }

    @Test func heatmapRowsAreNamedInTheirPlural() {
        let heatmap = Heatmap(id: "h", title: "x", rowHeading: "Organisation or system", columns: [], rows: [])
        #expect(heatmap.rowNoun(1) == "organisation or system")
        #expect(heatmap.rowNoun(3) == "organisations or systems")
    }
}
