extension ReturnFileParser {
    /// Checks every cell of a data row and reports each problem, in column order; returns the
    /// row when all cells are valid and the count is given. The `indicator`, `measure` and
    /// `group` cells are judged by the row's own standard (WRES indicator numbers or WDES metric ids).
    static func validRow(_ fields: [String], at row: Int, rules: ReturnCellRules, issues: inout ImportIssueCollector) -> ParsedReturnRow? {
        let columns = ReturnColumn.allCases
        guard fields.count == columns.count else {
            let hint = fields.count > columns.count ? " (a value holding a comma must be in double quotes)" : ""
            issues.add(.wrongColumnCount, row: row,
                       "the row has \(fields.count) cells; expected \(columns.count): \(ReturnColumn.headerLine)\(hint)")
            return nil
        }
        let cells = fields.map(ImportText.trimmed)
        var problems: [ReturnCellProblem] = []
        let organisation = accept(rules.organisation(cells[0]), into: &problems)
        let year = accept(rules.year(cells[1]), into: &problems)
        let standard = accept(rules.standard(cells[2]), into: &problems)
        // A row naming an unknown standard is already reported; judge its other cells as WRES,
        // without the checks that tie cells together, so that one mistake is not reported twice.
        let made: RowMaker? = switch standard ?? .wres {
        case .wres: wresRow(cells, isAccepted: standard != nil, rules: rules, problems: &problems)
        case .wdes: wdesRow(cells, isAccepted: standard != nil, rules: rules, problems: &problems)
        }
        for problem in problems {
            issues.add(problem.kind, row: row, column: problem.column.rawValue, problem.message)
        }
        guard problems.isEmpty, let made, let organisation, let year else { return nil }
        return made(organisation, year)
    }

    /// A valid row's kind-specific cells, waiting for the organisation and year every kind shares.
    private typealias RowMaker = (String, Int) -> ParsedReturnRow

    private static func wresRow(_ cells: [String], isAccepted: Bool, rules: ReturnCellRules,
                                problems: inout [ReturnCellProblem]) -> RowMaker? {
        let indicator = accept(rules.indicator(cells[3]), into: &problems)
        let measure = accept(rules.measure(cells[4]), into: &problems)
        if isAccepted, let indicator, let measure, let problem = rules.measure(measure, fits: indicator) {
            problems.append(problem)
        }
        let group = accept(rules.wresGroup(cells[5]), into: &problems)
        if isAccepted, case let .intersection(intersection) = group, let indicator, let problem = rules.intersection(intersection, fits: indicator) {
            problems.append(problem)
        }
        guard let count = accept(rules.count(cells[6]), into: &problems) ?? nil,
              let indicator, let measure, let group else { return nil }
        switch group {
        case let .single(group):
            return { .wres(ReturnRow(organisation: $0, year: $1, standard: .wres, indicator: indicator, measure: measure, group: group, count: count)) }
        case let .intersection(group):
            return { .intersection(IntersectionReturnRow(organisation: $0, year: $1, indicator: indicator, measure: measure, group: group, count: count)) }
        }
    }

    private static func wdesRow(_ cells: [String], isAccepted: Bool, rules: ReturnCellRules,
                                problems: inout [ReturnCellProblem]) -> RowMaker? {
        let metric = accept(rules.metric(cells[3]), into: &problems)
        let measure = accept(rules.wdesMeasure(cells[4]), into: &problems)
        if isAccepted, let metric, let measure, let problem = rules.measure(measure, fits: metric) {
            problems.append(problem)
        }
        let group = accept(rules.wdesGroup(cells[5]), into: &problems)
        if isAccepted, let group, let measure, let problem = rules.group(group, fits: measure, of: metric) {
            problems.append(problem)
        }
        guard let count = accept(rules.wdesCount(cells[6], measure: measure), into: &problems) ?? nil,
              let metric, let measure, let group else { return nil }
        return { .wdes(WDESReturnRow(organisation: $0, year: $1, metric: metric, measure: measure, group: group, count: count)) }
    }

    private static func accept<Value>(_ result: Result<Value, ReturnCellProblem>, into problems: inout [ReturnCellProblem]) -> Value? {
        switch result {
        case let .success(value): return value
        case let .failure(problem): problems.append(problem); return nil
        }
    }
}
