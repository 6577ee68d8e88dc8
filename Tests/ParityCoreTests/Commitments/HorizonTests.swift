import Foundation
import Testing
@testable import ParityCore

struct HorizonTests {
    @Test func orderAndLabels() {
        #expect(Horizon.short < .medium && Horizon.medium < .long && !(Horizon.long < .long))
        #expect(Horizon.allCases.map(\.label) == ["Short (3–6 months)", "Medium (6–12 months)", "Long (12+ months)"])
        #expect(Horizon.allCases.map(\.rawValue) == ["S", "M", "L"])
    }

    @Test(arguments: [
        ("S", Horizon.short, Horizon.short, "S", "Short"),
        ("M", .medium, .medium, "M", "Medium"),
        ("L", .long, .long, "L", "Long"),
        ("S/M", .short, .medium, "S/M", "Short to medium"),
        ("M/L", .medium, .long, "M/L", "Medium to long"),
        ("S/L", .short, .long, "S/L", "Short to long"),
        (" m / l ", .medium, .long, "M/L", "Medium to long"),
    ])
    func parsesSpan(text: String, starts: Horizon, completes: Horizon, canonical: String, label: String) throws {
        let span = try #require(HorizonSpan(text))
        #expect(span.starts == starts && span.completes == completes)
        #expect(span.text == canonical && span.label == label)
    }

    @Test(arguments: ["", "X", "M/S", "L/M", "L/S", "M/M", "S/M/L", "/", "S/", "/L", "SM", "Short"])
    func rejectsSpan(text: String) {
        #expect(HorizonSpan(text) == nil)
    }

    @Test func spanFromHorizonsMustNotCompleteBeforeStarting() {
        #expect(HorizonSpan(starts: .long, completes: .medium) == nil)
        #expect(HorizonSpan(starts: .medium, completes: .medium)?.text == "M")
    }

    @Test func spanCodesAsItsText() throws {
        let spans = [try #require(HorizonSpan("S")), try #require(HorizonSpan("M/L"))]
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        let data = try encoder.encode(spans)
        #expect(String(decoding: data, as: UTF8.self) == #"["S","M/L"]"#)
        #expect(try JSONDecoder().decode([HorizonSpan].self, from: data) == spans)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(HorizonSpan.self, from: Data(#""L/M""#.utf8)) }
    }
}
