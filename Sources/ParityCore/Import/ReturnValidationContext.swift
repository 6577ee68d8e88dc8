/// What a return file is checked against besides its own contents.
public struct ReturnValidationContext: Sendable, Hashable {
    /// The organisation codes (ODS codes) a return may name.
    public var knownOrganisations: Set<String>
    /// The calendar year today; a return may be for the year after it at the latest.
    public var currentYear: Int
    /// The organisations the person importing leads (a data lead's own), named beside an
    /// unknown organisation so a template filled in for another is easy to put right.
    public var importerOrganisations: [String] = []

    /// A context accepting `knownOrganisations` (ODS codes) and years up to `currentYear + 1`.
    public init(knownOrganisations: Set<String>, currentYear: Int) {
        self.knownOrganisations = knownOrganisations
        self.currentYear = currentYear
    }

    /// The first year of WRES data Parity accepts.
    public static let firstYear = 2014

    /// The years a return row may name: from `firstYear` to the year after `currentYear`.
    public var acceptedYears: ClosedRange<Int> { Self.firstYear...(currentYear + 1) }
}
