/// The columns of a staff-record extract (issue 10). The header is required and names the
/// columns in any order; columns it does not know are ignored, so an ESR report with more
/// columns can be used as it is.
public enum ExtractColumn: String, Sendable, Hashable, CaseIterable {
    case organisation, year, workforce, grade
    /// The ESR ethnic category code, such as `A`, `CA`, `LH`, `Z` or blank (`EthnicCategory`).
    case ethnicCategory = "ethnic_category"
    /// `Y`, `N` or blank (not declared). Without this column no WDES rows are produced.
    case disability
    /// `Y` for bank staff, who are left out of every count.
    case bank
    case enteredDisciplinary = "entered_disciplinary"
    /// WDES metric 3; without this column the WDES return keeps its metric 3 counts.
    case enteredCapability = "entered_capability"
    case accessedTraining = "accessed_training"
    /// Blank, or the person's board seat (`BoardSeat`); without this column indicator 9 and
    /// WDES metric 10 keep their counts.
    case board

    /// The columns an extract may not leave out.
    public static let required: [ExtractColumn] = [
        .organisation, .year, .workforce, .grade, .ethnicCategory, .bank, .enteredDisciplinary, .accessedTraining,
    ]

    /// The header line of a complete extract, in the order the demo writes it.
    public static let headerLine = allCases.map(\.rawValue).joined(separator: ",")
}
