/// The rules for each cell of a return row (return file contract); the WDES and race ×
/// disability rules are in extensions. Each rule takes the cell's trimmed text and returns the
/// value, or a problem that says what was found and what was expected.
struct ReturnCellRules: Sendable {
    let context: ReturnValidationContext
    let limits: ImportLimits

    private typealias Problem = ReturnCellProblem

    func organisation(_ text: String) -> Result<String, ReturnCellProblem> {
        if context.knownOrganisations.contains(text) { return .success(text) }
        let expected = "expected the ODS code of an organisation registered in Parity"
        if text.isEmpty { return .failure(Problem(kind: .unknownOrganisation, column: .organisation, message: "the organisation is blank; \(expected)")) }
        let hint = context.knownOrganisations.contains(text.uppercased()) ? " (did you mean '\(text.uppercased())'?)" : ""
        let yours = context.importerOrganisations.isEmpty ? ""
            : " — your organisation is \(context.importerOrganisations.joined(separator: " or "))"
        return .failure(Problem(kind: .unknownOrganisation, column: .organisation,
                                message: "unknown organisation code \(ImportText.found(text)); \(expected)\(hint)\(yours)"))
    }

    func year(_ text: String) -> Result<Int, ReturnCellProblem> {
        let years = context.acceptedYears
        var expected: String { "expected the year the data is as at 31 March, from \(years.lowerBound) to \(years.upperBound)" }
        guard ImportText.isDigits(text) else {
            return .failure(Problem(kind: .invalidYear, column: .year,
                                    message: "the year \(ImportText.found(text)) is not a whole number; \(expected), such as \(context.currentYear)"))
        }
        guard let year = Int(text), years.contains(year) else {
            return .failure(Problem(kind: .yearOutOfRange, column: .year,
                                    message: "the year \(ImportText.found(text)) is outside the accepted years; \(expected)"))
        }
        return .success(year)
    }

    func standard(_ text: String) -> Result<Standard, ReturnCellProblem> {
        if let standard = Standard(rawValue: text) { return .success(standard) }
        let expected = "expected " + ImportText.list(Standard.allCases.map(\.rawValue).sorted())
        return .failure(Problem(kind: .unknownStandard, column: .standard, message: "unknown standard \(ImportText.found(text)); \(expected)"))
    }

    func indicator(_ text: String) -> Result<Int, ReturnCellProblem> {
        guard ImportText.isDigits(text), let indicator = Int(text), (1...9).contains(indicator) else {
            return .failure(Problem(kind: .invalidIndicator, column: .indicator,
                                    message: "the indicator \(ImportText.found(text)) is not a WRES indicator; expected a whole number from 1 to 9"))
        }
        return .success(indicator)
    }

    func measure(_ text: String) -> Result<Measure, ReturnCellProblem> {
        if let measure = Self.wresMeasures[text] ?? Measure(rawValue: text) { return .success(measure) }
        let expected: String
        if text.hasPrefix("headcount:") {
            expected = "expected headcount:WORKFORCE:GRADE, where WORKFORCE is "
                + ImportText.list(Workforce.allCases.map(\.rawValue))
                + "; GRADE for non-clinical and clinical is one of " + Grade.agendaForChange.map(\.rawValue).joined(separator: ", ")
                + "; GRADE for medical is one of " + Grade.medical.map(\.rawValue).joined(separator: ", ")
        } else if text.hasPrefix("board:") {
            expected = "expected " + ImportText.list(BoardSeat.allCases.map { Measure.board($0).rawValue })
        } else {
            expected = "expected a measure of the template, such as headcount:clinical:band-5, "
                + ImportText.list([Measure.shortlisted, .appointed, .enteredDisciplinary, .accessedTraining,
                                   .surveyRespondents, .surveyYes, .board(.votingExecutive)].map(\.rawValue))
        }
        return .failure(Problem(kind: .unknownMeasure, column: .measure, message: "unknown measure \(ImportText.found(text)); \(expected)"))
    }

    /// The measure must belong to the row's indicator (`Measure.wresIndicators`).
    func measure(_ measure: Measure, fits indicator: Int) -> ReturnCellProblem? {
        let indicators = measure.wresIndicators
        guard !indicators.contains(indicator) else { return nil }
        let expected = indicators.count == 1
            ? "indicator \(indicators.lowerBound)"
            : "one of indicators \(indicators.lowerBound) to \(indicators.upperBound)"
        return Problem(kind: .measureNotValidForIndicator, column: .indicator,
                       message: "indicator \(indicator) has no measure '\(measure.rawValue)'; expected \(expected) for this measure")
    }

    func group(_ text: String, standard: Standard) -> Result<PopulationGroup, ReturnCellProblem> {
        if let group = PopulationGroup(rawValue: text), standard.groups.contains(group) { return .success(group) }
        var expected: String { "expected " + ImportText.list(standard.groups.map(\.rawValue)) }
        return .failure(Problem(kind: .unknownGroup, column: .group,
                                message: "\(ImportText.found(text)) is not a \(standard.rawValue) group; \(expected)"))
    }

    /// The count, or `nil` when the cell is blank: not provided, which is never the same as zero.
    /// Counts are of people, up to `limits.maximumCount`, unless `unit` and `maximum` say otherwise.
    func count(_ text: String, unit: String = "people", maximum maximumCount: Int? = nil) -> Result<Int?, ReturnCellProblem> {
        if text.isEmpty { return .success(nil) }
        let limit = maximumCount ?? limits.maximumCount
        var maximum: String { ImportText.grouped(limit) }
        var expected: String { "expected a whole number of \(unit) from 0 to \(maximum), or a blank cell when not provided" }
        let isNegative = text.hasPrefix("-")
        let digits = isNegative ? text.dropFirst() : Substring(text)
        guard ImportText.isDigits(digits) else {
            return .failure(Problem(kind: .invalidCount, column: .count, message: "the count \(ImportText.found(text)) is not a whole number; \(expected)"))
        }
        if isNegative {
            return .failure(Problem(kind: .negativeCount, column: .count, message: "the count \(ImportText.found(text)) is negative; \(expected)"))
        }
        guard let count = Int(digits), count <= limit else {
            return .failure(Problem(kind: .countTooLarge, column: .count,
                                    message: "the count \(ImportText.found(text)) is more than \(maximum); \(expected)"))
        }
        return .success(count)
    }

    /// Parsing a measure's text is costly next to a table look-up, and a return file repeats a few
    /// dozen measures on every row.
    private static let wresMeasures: [String: Measure] =
        Dictionary(uniqueKeysWithValues: Measure.allWRES.map { ($0.rawValue, $0) })
}
