extension YearDisclosure {
    /// A scope's race × disability tables: each cell, its row's and column's totals and the
    /// table's, with the sums along rows and columns; and, since a row's total is the WRES
    /// count of its ethnic group and a column's the WDES count of its disability group (both
    /// published elsewhere), each such total tied to that count whenever they are equal.
    mutating func record(intersections tables: [(name: String, counts: [IntersectionGroup: Int])], scope: FigureScope) {
        let ethnicities = IntersectionGroup.ethnicities, disabilities = IntersectionGroup.disabilities
        for (name, counts) in tables {
            let item = { (ethnicity: PopulationGroup?, disability: PopulationGroup?) in CountItem.intersection(name, ethnicity: ethnicity, disability: disability) }
            let count = { (ethnicity: PopulationGroup, disability: PopulationGroup) in counts[IntersectionGroup(ethnicity: ethnicity, disability: disability)!] ?? 0 }
            for ethnicity in ethnicities {
                for disability in disabilities { record(scope, item(ethnicity, disability), count(ethnicity, disability)) }
                record(scope, item(ethnicity, nil), disabilities.reduce(0) { $0 + count(ethnicity, $1) })
                relate(scope, total: item(ethnicity, nil), parts: disabilities.map { item(ethnicity, $0) })
            }
            for disability in disabilities {
                record(scope, item(nil, disability), ethnicities.reduce(0) { $0 + count($1, disability) })
                relate(scope, total: item(nil, disability), parts: ethnicities.map { item($0, disability) })
            }
            record(scope, item(nil, nil), counts.values.reduce(0, +))
            relate(scope, total: item(nil, nil), parts: ethnicities.map { item($0, nil) })
            relate(scope, total: item(nil, nil), parts: disabilities.map { item(nil, $0) })
            for ethnicity in ethnicities + [nil] {
                if let same = Self.wresCount(table: name, group: ethnicity) { relate(scope, total: same, parts: [item(ethnicity, nil)]) }
            }
            for disability in disabilities + [nil] {
                if let same = Self.wdesCount(table: name, group: disability) { relate(scope, total: same, parts: [item(nil, disability)]) }
            }
        }
    }

    /// The WRES count a row total of the table `name` repeats (`group` nil: the table's total).
    private static func wresCount(table name: String, group: PopulationGroup?) -> CountItem? {
        let parts = name.split(separator: "-")
        if name == "1" { return .headcount(.wres, row: nil, group: group) }
        guard let group, parts.count == 2, let indicator = Int(parts[0]) else { return nil }
        return .likelihood(.wres, indicator: indicator, group: group, base: parts[1] == "bases")
    }

    /// The WDES count a column total repeats: metric 1's headcount and metric 2's events and
    /// bases (WDES 3 counts capability, not WRES 3's disciplinary process).
    private static func wdesCount(table name: String, group: PopulationGroup?) -> CountItem? {
        if name == "1" { return .headcount(.wdes, row: nil, group: group) }
        guard let group, name.hasPrefix("2-") else { return nil }
        return .likelihood(.wdes, indicator: 2, group: group, base: name == "2-bases")
    }
}
