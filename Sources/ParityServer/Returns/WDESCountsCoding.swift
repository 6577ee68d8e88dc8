import Foundation
import ParityCore

/// Maps a WDES return's counts (and its metric 9b narrative) to and from the JSON kept on its
/// version row.
enum WDESCountsCoding {
    private struct Entry: Codable {
        var m: WDESMetric
        var x: WDESMeasure
        var g: PopulationGroup
        var c: Int
    }

    private struct Document: Codable {
        var counts: [Entry]
        var narrative: String?
    }

    static func encode(_ rows: [WDESReturnRow], narrative: String?) throws -> String {
        let document = Document(counts: rows.map { Entry(m: $0.metric, x: $0.measure, g: $0.group, c: $0.count) }, narrative: narrative)
        return String(decoding: try JSONEncoder().encode(document), as: UTF8.self)
    }

    static func decode(_ text: String) throws -> WDESCounts {
        let document = try JSONDecoder().decode(Document.self, from: Data(text.utf8))
        let values = Dictionary(document.counts.map { (WDESCountKey(metric: $0.m, measure: $0.x, group: $0.g), $0.c) }, uniquingKeysWith: +)
        return WDESCounts(values, voiceNarrative: document.narrative)
    }

    /// The demo's counts as stored rows.
    static func encode(_ counts: WDESCounts) throws -> String {
        let document = Document(counts: counts.values.map { Entry(m: $0.key.metric, x: $0.key.measure, g: $0.key.group, c: $0.value) }
            .sorted { ($0.m, $0.x.rawValue, $0.g) < ($1.m, $1.x.rawValue, $1.g) }, narrative: counts.voiceNarrative)
        return String(decoding: try JSONEncoder().encode(document), as: UTF8.self)
    }
}

/// Maps a WRES return's race × disability counts to and from the JSON kept beside its counts.
enum IntersectionCountsCoding {
    private struct Entry: Codable {
        var i: Int
        var m: Measure
        var g: IntersectionGroup
        var c: Int
    }

    static func encode(_ rows: [IntersectionReturnRow]) throws -> String? {
        guard !rows.isEmpty else { return nil }
        return String(decoding: try JSONEncoder().encode(rows.map { Entry(i: $0.indicator, m: $0.measure, g: $0.group, c: $0.count) }), as: UTF8.self)
    }

    static func encode(_ counts: IntersectionCounts) throws -> String? {
        guard !counts.values.isEmpty else { return nil }
        let entries = counts.values.map { Entry(i: $0.key.indicator, m: $0.key.measure, g: $0.key.group, c: $0.value) }
            .sorted { ($0.i, $0.m.rawValue, $0.g) < ($1.i, $1.m.rawValue, $1.g) }
        return String(decoding: try JSONEncoder().encode(entries), as: UTF8.self)
    }

    static func decode(_ text: String) throws -> IntersectionCounts {
        let entries = try JSONDecoder().decode([Entry].self, from: Data(text.utf8))
        return IntersectionCounts(Dictionary(entries.map { (IntersectionCountKey(indicator: $0.i, measure: $0.m, group: $0.g), $0.c) }, uniquingKeysWith: +))
    }
}
