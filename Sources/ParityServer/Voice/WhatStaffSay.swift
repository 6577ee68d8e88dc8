import Foundation
import ParityCore

/// "What staff say" for one scope: published submissions counted by theme over time, by
/// organisation (or system) and by the optional demographics, every cell obeying the minimum
/// of 10 contributions (DOMAIN.md, disclosure control). Built once and read by the page, the
/// CSV and the indicator pages, so all show the same counts.
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
    var contributions: Int

    /// Builds the tables from published rows of the scope. `units` names the breakdown by
    /// place: each row's key (organisation or system code) and the label to show.
    static func make(rows: [VoiceSubmissionRow], units: [(code: String, name: String)], unitHeading: String,
                     unitKey: (VoiceSubmissionRow) -> String?) -> WhatStaffSay {
        let themed = rows.map { (row: $0, themes: VoiceThemeList.themes($0.themes), quarter: VoiceWeek(rawValue: $0.week).map(Quarter.init)) }
        let quarters = Array(Set(themed.compactMap(\.quarter))).sorted().suffix(4)
        let themes = VoiceTheme.allCases
        func table(_ id: String, _ caption: String, _ heading: String, columns: [String], cell: (VoiceTheme, Int) -> Int) -> Table {
            Table(id: id, caption: caption, rowHeading: heading, breakdown: VoiceBreakdown.make(
                rows: themes.map(\.label), columns: columns,
                counts: themes.map { theme in columns.indices.map { cell(theme, $0) } }
            ))
        }
        func count(_ theme: VoiceTheme, where matches: (VoiceSubmissionRow) -> Bool) -> Int {
            themed.filter { $0.themes.contains(theme) && matches($0.row) }.count
        }
        let byQuarter = table("by-quarter", "Experiences by theme and quarter", "Theme", columns: quarters.map(\.label)) { theme, index in
            themed.filter { $0.themes.contains(theme) && $0.quarter == quarters[quarters.startIndex + index] }.count
        }
        let byPlace = table("by-place", "Experiences by theme and \(unitHeading.lowercased())", "Theme", columns: units.map(\.name)) { theme, index in
            count(theme) { unitKey($0) == units[index].code }
        }
        let ethnicities = VoiceEthnicity.allCases
        let byEthnicity = table("by-ethnicity", "Experiences by theme and the ethnic group people gave", "Theme", columns: ethnicities.map(\.label)) { theme, index in
            count(theme) { $0.ethnicity == ethnicities[index].rawValue }
        }
        let disabilities = VoiceDisability.allCases
        let byDisability = table("by-disability", "Experiences by theme and whether people consider themselves disabled", "Theme", columns: disabilities.map(\.label)) { theme, index in
            count(theme) { $0.disability == disabilities[index].rawValue }
        }
        let recent = Set(quarters)
        var totals: [VoiceTheme: VoiceCount] = [:]
        for theme in themes {
            totals[theme] = VoiceCount.disclose(themed.filter { $0.themes.contains(theme) && $0.quarter.map(recent.contains) == true }.count)
        }
        return WhatStaffSay(recentTotals: totals, periods: quarters.map(\.label),
                            tables: [byQuarter, byPlace, byEthnicity, byDisability], contributions: rows.count)
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
