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
        /// A workbook upload that is not a readable .xlsx file (not a ZIP archive, a damaged
        /// one, or one without the parts of a workbook).
        case unreadableWorkbook
        /// A workbook without its Instructions sheet, or without any indicator sheet.
        case missingSheet
        /// A workbook sheet that is not part of the return.
        case unknownSheet
        /// A row longer than a staff-record extract's row may be (`ExtractReader.maximumRowBytes`).
        case rowTooLong

        // One row or cell
        case wrongColumnCount
        case unknownOrganisation
        /// The year is not a whole number.
        case invalidYear
        case yearOutOfRange
        case unknownStandard
        /// The indicator is not a WRES indicator (a whole number from 1 to 9) or, on a WDES row,
        /// not a WDES metric id.
        case invalidIndicator
        case unknownMeasure
        case measureNotValidForIndicator
        case unknownGroup
        /// A race × disability group on a WRES row outside indicator 1 headcounts and indicators 2–4.
        case intersectionGroupNotAllowed
        /// A group the measure has no row for (WDES metric 9b is answered on the `disabled` row
        /// only, and metric 8 is asked of Disabled staff only).
        case groupNotValidForMeasure
        /// The count is not a whole number.
        case invalidCount
        case negativeCount
        case countTooLarge
        /// A WDES metric 9b count other than 1 (yes) or 0 (no).
        case actionTakenNotYesOrNo
        /// A staff-record extract's cell that is not one of its column's values (a workforce,
        /// grade, ethnic category code, Y/N flag or board seat).
        case invalidExtractValue

        // Several rows together
        case duplicateRow
        case appointedExceedsShortlisted
        case surveyYesExceedsRespondents
        /// Indicator 3 or 4 (or WDES metric 3) events for a group exceed that group's indicator 1
        /// (metric 1) headcount.
        case eventsExceedHeadcount
        /// A WDES metric 9a score sum above 10 points for every respondent of the group.
        case engagementScoreExceedsMaximum
    }
}
