import ParityCore

/// The figures of an open data document, one per row: each indicator's figures flattened to a
/// dotted path ("focus.events", "cells.clinical.band-5.bme_count"). Arrays of objects are keyed
/// by what identifies each element (workforce and grade, cluster, group), so a path means the
/// same in every year; the path's `pattern` names those keys instead ("cells.{workforce}.{grade}.bme_count")
/// and is what the data dictionary describes. Words meant for pages (titles, sentences,
/// headlines, narratives) stay in the JSON only.
enum OpenDataFigures {
    struct Row: Equatable {
        var year: Int
        var standard: String
        var scope: String
        var code: String
        var name: String
        var system: String
        var indicator: String
        var figure: String
        var pattern: String
        var value: String
        var kind: Kind

        var isText: Bool { kind == .text }
    }

    enum Kind: String {
        case number, integer, boolean, text
    }

    /// Keys whose text is for reading, not a figure.
    static let wordsOnly: Set<String> = ["title", "sentence", "headline", "narrative", "coverage_sentence"]
    /// Keys that identify an element of an array of objects, in the order they name it.
    static let identifyingKeys = ["workforce", "grade", "cluster", "group", "year", "code"]

    static func rows(of document: JSONValue) -> [Row] {
        guard case let .object(top) = document, case let .integer(year)? = top["year"], case let .array(scopes)? = top["scopes"] else { return [] }
        var rows: [Row] = []
        for case let .object(scope) in scopes {
            let base = Row(year: year, standard: "", scope: text(scope["scope"]), code: text(scope["code"]), name: text(scope["name"]),
                           system: text(scope["system"]), indicator: "", figure: "", pattern: "", value: "", kind: .text)
            for (standard, key, indicatorsKey) in [("WRES", "wres", "indicators"), ("WDES", "wdes", "metrics")] {
                guard case let .object(standardDocument)? = scope[key] else { continue }
                var row = base
                row.standard = standard
                row.indicator = "all"
                leaves(standardDocument["organisations_reporting"] ?? .null, path: ["organisations_reporting"], pattern: ["organisations_reporting"], into: &rows, base: row)
                if case let .object(indicators)? = standardDocument[indicatorsKey] {
                    for id in indicators.keys.sorted(by: indicatorOrder) {
                        row.indicator = id
                        leaves(indicators[id]!, path: [], pattern: [], into: &rows, base: row)
                    }
                }
                if let crossed = standardDocument["race_by_disability"], crossed != .null {
                    row.indicator = "race-by-disability"
                    leaves(crossed, path: [], pattern: [], into: &rows, base: row)
                }
            }
        }
        return rows
    }

    /// "1" < "2" < "4a-i" < "4a-ii" < "4b" < "9a" < "10": by the number, then the rest.
    static func indicatorOrder(_ left: String, _ right: String) -> Bool {
        func parts(_ id: String) -> (Int, String) {
            let digits = id.prefix { $0.isNumber }
            return (Int(digits) ?? Int.max, String(id.dropFirst(digits.count)))
        }
        return parts(left) < parts(right)
    }

    private static func leaves(_ value: JSONValue, path: [String], pattern: [String], into rows: inout [Row], base: Row) {
        func emit(_ text: String, _ kind: Kind) {
            var row = base
            row.figure = path.joined(separator: ".")
            row.pattern = pattern.joined(separator: ".")
            row.value = text
            row.kind = kind
            rows.append(row)
        }
        switch value {
        case .null: emit("", .number)
        case let .bool(flag): emit(flag ? "true" : "false", .boolean)
        case let .integer(number): emit(String(number), .integer)
        case let .number(number): emit(number.isFinite ? String(number) : "", .number)
        case let .string(text): emit(text, .text)
        case let .object(object):
            for key in object.keys.sorted(by: indicatorOrder) where !wordsOnly.contains(key) {
                // Objects keyed by a group, seat or indicator: the key is data, the pattern names its kind.
                leaves(object[key]!, path: path + [key], pattern: pattern + [patternKey(key, under: path.last)], into: &rows, base: base)
            }
        case let .array(elements):
            if elements.allSatisfy({ if case .object = $0 { false } else { true } }) {
                emit(elements.map { text($0) }.joined(separator: ";"), .text)
                return
            }
            for element in elements {
                guard case let .object(object) = element else { continue }
                let keys = identifyingKeys.filter { object[$0] != nil }
                var rest = object
                for key in keys { rest[key] = nil }
                leaves(.object(rest), path: path + keys.map { text(object[$0]) }, pattern: pattern + keys.map { "{\($0)}" }, into: &rows, base: base)
            }
        }
    }

    /// The pattern of a key that is itself data: a board seat, a group's share, an indicator.
    private static func patternKey(_ key: String, under parent: String?) -> String {
        switch parent {
        case "seats": "{seat}"
        case "workforce_shares_percent": "{group}"
        case "indicators": "{indicator}"
        default: key
        }
    }

    private static func text(_ value: JSONValue?) -> String {
        switch value {
        case let .string(text)?: text
        case let .integer(number)?: String(number)
        case let .number(number)?: String(number)
        case let .bool(flag)?: flag ? "true" : "false"
        default: ""
        }
    }
}
