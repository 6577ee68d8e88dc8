extension CSVSyntaxError {
    /// The import issue kind this syntax error is reported as.
    var issueKind: ImportIssue.Kind {
        switch kind {
        case .invalidUTF8: .invalidEncoding
        case .tooManyFields: .wrongColumnCount
        case .unterminatedQuote, .quoteInUnquotedField, .textAfterClosingQuote: .malformedQuotes
        }
    }

    /// A message for people who edit the file in a spreadsheet or a text editor.
    var issueMessage: String {
        let doubling = "a quote inside a quoted cell must be written twice (\"\")"
        switch kind {
        case .invalidUTF8:
            return "the row holds bytes that are not UTF-8 text; expected UTF-8 (save the file as \"CSV UTF-8\")"
        case .unterminatedQuote:
            return "a quoted cell opened on this row is never closed, so the rest of the file could not be read; \(doubling)"
        case .quoteInUnquotedField:
            return "a cell holds a double quote but does not start with one; expected the whole cell in double quotes, where \(doubling)"
        case .textAfterClosingQuote:
            return "text follows the closing quote of a quoted cell; expected a comma or the end of the line after it, and \(doubling)"
        case .tooManyFields:
            return "the row has more than \(ImportText.grouped(field)) cells, so it was not read; expected one cell for each column "
                + "of the header (a value holding a comma must be in double quotes)"
        }
    }
}
