extension ImportIssue {
    /// What kind of problem an issue is, so that code and tests can tell issues apart
    /// without reading their messages.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        // The whole file
        case emptyFile
        case fileTooLarge
        /// Bytes that are not UTF-8 text (or a UTF-16 file).
        case invalidEncoding
        /// Quotes that do not follow RFC 4180.
        case malformedQuotes
        case missingHeader
        case wrongHeader

        // One row or cell
        case wrongColumnCount
        case unknownOrganisation
        /// The year is not a whole number.
        case invalidYear
        case yearOutOfRange
        case unknownStandard
        /// A known standard whose returns Parity cannot import yet (WDES).
        case standardNotImportable
        /// The indicator is not a whole number from 1 to 9.
        case invalidIndicator
        case unknownMeasure
        case measureNotValidForIndicator
        case unknownGroup
        /// The count is not a whole number.
        case invalidCount
        case negativeCount
        case countTooLarge

        // Several rows together
        case duplicateRow
        case appointedExceedsShortlisted
        case surveyYesExceedsRespondents
        /// Indicator 3 or 4 events for a group exceed that group's indicator 1 headcount.
        case eventsExceedHeadcount
    }
}
