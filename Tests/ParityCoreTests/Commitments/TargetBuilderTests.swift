import Foundation
import Testing
@testable import ParityCore

struct TargetBuilderTests {
    @Test(arguments: [
        (Target.relativeLikelihood(indicator: 2, atMost: 1.25, year: 2027), "WRES indicator 2 relative likelihood ≤ 1.25 in the 2027 return"),
        (.relativeLikelihood(indicator: 3, atMost: 1.255, year: 2027), "WRES indicator 3 relative likelihood ≤ 1.255 in the 2027 return"),
        (.relativeLikelihood(indicator: 4, atMost: 1, year: 2028), "WRES indicator 4 relative likelihood ≤ 1.00 in the 2028 return"),
        (.surveyGap(indicator: 5, atMost: 2, year: 2027), "WRES indicator 5 survey gap (BME % − White %) ≤ 2.0 points in the 2027 return"),
        (.surveyGap(indicator: 7, atLeast: -2, year: 2027), "WRES indicator 7 survey gap (BME % − White %) ≥ −2.0 points in the 2027 return"),
        (.seniorShare(atLeast: 15, year: 2028), "BME share of bands 8a to VSM ≥ 15.0% in the 2028 return"),
        (.workforceShare(atLeast: 22.75, year: 2027), "BME share of the whole workforce ≥ 22.75% in the 2027 return"),
        (.boardDifference(atLeast: -2, year: 2027), "Board BME share minus workforce BME share ≥ −2.0 points in the 2027 return"),
    ])
    func generatedText(target: Target, text: String) {
        #expect(target.text == text)
    }

    @Test func builderSidesAndMeasures() {
        let rl = Target.relativeLikelihood(indicator: 2, atMost: 1.25, year: 2027)
        #expect(rl.measure == .relativeLikelihood(indicator: 2) && rl.comparison == .atMost && rl.value == 1.25 && rl.year == 2027)
        #expect(Target.seniorShare(atLeast: 15, year: 2028).comparison == .atLeast)
        #expect(Target(measure: .bmeSeniorSharePercent, comparison: .atLeast, value: 15, year: 2028, text: "Own words").text == "Own words")
    }

    @Test(arguments: [
        ("relative-likelihood:2", TargetMeasure.relativeLikelihood(indicator: 2) as TargetMeasure?),
        ("survey-gap:8", .surveyGapPoints(indicator: 8)),
        ("bme-senior-share", .bmeSeniorSharePercent),
        ("bme-workforce-share", .bmeWorkforceSharePercent),
        ("board-difference", .boardDifferencePoints),
        ("relative-likelihood:5", nil),
        ("survey-gap:4", nil),
        ("survey-gap:", nil),
        ("relative-likelihood", nil),
        ("board", nil),
    ])
    func measureText(text: String, measure: TargetMeasure?) {
        #expect(TargetMeasure(rawValue: text) == measure)
        if let measure { #expect(measure.rawValue == text) }
    }

    @Test func targetCodesWithStoredForms() throws {
        let target = Target.surveyGap(indicator: 7, atLeast: -2, year: 2027)
        let data = try JSONEncoder().encode(target)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["measure"] as? String == "survey-gap:7")
        #expect(object["comparison"] as? String == ">=")
        #expect(try JSONDecoder().decode(Target.self, from: data) == target)
        let bad = Data(#"{"measure":"survey-gap:2","comparison":"<=","value":1,"year":2027,"text":"x"}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Target.self, from: bad) }
    }

    @Test func comparisonIncludesEquality() {
        #expect(TargetComparison.atMost.holds(1.25, against: 1.25) && !TargetComparison.atMost.holds(1.2500001, against: 1.25))
        #expect(TargetComparison.atLeast.holds(20, against: 20) && !TargetComparison.atLeast.holds(19.9999999, against: 20))
        #expect(TargetComparison.allCases.map(\.symbol) == ["≤", "≥"])
    }
}
