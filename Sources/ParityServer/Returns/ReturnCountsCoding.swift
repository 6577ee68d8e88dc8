import Foundation
import ParityCore

/// Maps a return's counts to and from the JSON kept on its version row.
enum ReturnCountsCoding {
    private struct Entry: Codable {
        var i: Int
        var m: Measure
        var g: PopulationGroup
        var c: Int
    }

    static func encode(_ rows: [ReturnRow]) throws -> String {
        let entries = rows.map { Entry(i: $0.indicator, m: $0.measure, g: $0.group, c: $0.count) }
        return String(decoding: try JSONEncoder().encode(entries), as: UTF8.self)
    }

    static func decode(_ text: String) throws -> ReturnCounts {
        let entries = try JSONDecoder().decode([Entry].self, from: Data(text.utf8))
        return ReturnCounts(Dictionary(entries.map { (CountKey(indicator: $0.i, measure: $0.m, group: $0.g), $0.c) }, uniquingKeysWith: +))
    }

    /// The counts as return rows again, for the history page and exports.
    static func rows(_ text: String, key: ReturnKey) throws -> [ReturnRow] {
        try JSONDecoder().decode([Entry].self, from: Data(text.utf8)).map {
            ReturnRow(organisation: key.organisation, year: key.year, standard: key.standard, indicator: $0.i, measure: $0.m, group: $0.g, count: $0.c)
        }
    }
}
