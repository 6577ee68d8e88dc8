import Foundation
import ParityCore

/// "What staff say" for one scope: published submissions counted by theme over the region's
/// latest four quarters, by organisation (or system) and by the optional demographics, every
/// count as the region's `VoicePublication` discloses it, so that no count under 10
/// contributions can be seen or worked out across the region's, the systems' and the
/// organisations' tables together (DOMAIN.md, disclosure control; issue 19). Built once and
/// read by the page, the CSV, the API and the indicator pages, so all show the same counts.
struct WhatStaffSay: Sendable {
    struct Table: Sendable {
        var id: String
        var caption: String
        var rowHeading: String
        var breakdown: VoiceBreakdown
    }

    /// Per-theme totals over the latest four quarters, for the indicator pages.
    var recentTotals: [VoiceTheme: VoiceCount]
    var periods: [String]
    var tables: [Table]
    var contributions: VoiceCount

    /// The tables of `scope`; `units` are the places it breaks down by (its systems, its
    /// organisations, or itself) with the label to show.
    static func make(_ publication: VoicePublication, scope: FigureScope, units: [(scope: FigureScope, name: String)], unitHeading: String) -> WhatStaffSay {
        func table(_ id: String, _ caption: String, columns: [String], cell: @escaping (VoiceTheme, Int) -> VoiceCountKey,
                   total: (VoiceTheme) -> VoiceCountKey) -> Table {
            let themes = VoiceTheme.allCases
            return Table(id: id, caption: caption, rowHeading: "Theme", breakdown: VoiceBreakdown(
                rows: themes.map(\.label), columns: columns,
                cells: themes.map { theme in columns.indices.map { publication.count(cell(theme, $0)) } },
                rowTotals: themes.map { publication.count(total($0)) }
            ))
        }
        let periods = publication.periods
        let ethnicities = VoiceEthnicity.allCases
        let disabilities = VoiceDisability.allCases
        let tables = [
            table("by-quarter", "Experiences by theme and quarter", columns: periods,
                  cell: { VoiceCountKey(scope, $0, .period(periods[$1])) }, total: { VoiceCountKey(scope, $0, .recent) }),
            table("by-place", "Experiences by theme and \(unitHeading.lowercased())", columns: units.map(\.name),
                  cell: { VoiceCountKey(units[$1].scope, $0, .all) }, total: { VoiceCountKey(scope, $0, .all) }),
            table("by-ethnicity", "Experiences by theme and the ethnic group people gave", columns: ethnicities.map(\.label),
                  cell: { VoiceCountKey(scope, $0, .ethnicity(ethnicities[$1])) }, total: { VoiceCountKey(scope, $0, .ethnicityGiven) }),
            table("by-disability", "Experiences by theme and whether people consider themselves disabled", columns: disabilities.map(\.label),
                  cell: { VoiceCountKey(scope, $0, .disability(disabilities[$1])) }, total: { VoiceCountKey(scope, $0, .disabilityGiven) }),
        ]
        let totals = Dictionary(uniqueKeysWithValues: VoiceTheme.allCases.map { ($0, publication.count(VoiceCountKey(scope, $0, .recent))) })
        return WhatStaffSay(recentTotals: totals, periods: periods, tables: tables,
                            contributions: publication.count(VoiceCountKey(scope, nil, .all)))
    }

    /// Every table as long CSV rows: table, theme, column, count ("fewer than 10" when withheld).
    func csvRows() -> [[String]] {
        var lines = [["table", "theme", "column", "contributions"]]
        for table in tables {
            for (rowIndex, theme) in table.breakdown.rows.enumerated() {
                for (columnIndex, column) in table.breakdown.columns.enumerated() {
                    lines.append([table.caption, theme, column, table.breakdown.cells[rowIndex][columnIndex].display])
                }
                lines.append([table.caption, theme, "Total", table.breakdown.rowTotals[rowIndex].display])
            }
        }
        return lines
    }
}

/// A calendar quarter, for counting submissions over time by the week they arrived in.
struct Quarter: Hashable, Comparable {
    var year: Int
    var number: Int

    init(_ week: VoiceWeek) {
        let monday = week.monday
        year = Calendar.utc.component(.year, from: monday)
        number = (Calendar.utc.component(.month, from: monday) - 1) / 3 + 1
    }

    var label: String {
        let months = ["Jan–Mar", "Apr–Jun", "Jul–Sep", "Oct–Dec"]
        return "\(months[number - 1]) \(year)"
    }

    static func < (lhs: Self, rhs: Self) -> Bool { (lhs.year, lhs.number) < (rhs.year, rhs.number) }
}
