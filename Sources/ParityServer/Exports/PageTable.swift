/// A table as a page shows it to its reader: what the person sees is what they download, so
/// a download can never hold more than the page (disclosure control already applied).
struct PageTable: Equatable {
    struct Row: Equatable {
        var cells: [String]
        /// A row of the table's head (`thead`), shown as headings in a workbook.
        var isHeading: Bool
    }

    /// The caption's text, "" when the table has none.
    var caption: String
    var rows: [Row]
}

/// Where a table sits in a page: enough to link its downloads without reading its cells.
struct PageTablePlace: Equatable {
    /// The table's caption, for the download link's accessible name.
    var caption: String
    /// The UTF-8 offset just after its `</table>`.
    var end: Int
}
