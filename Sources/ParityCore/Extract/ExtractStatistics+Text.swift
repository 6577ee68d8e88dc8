extension ExtractStatistics {
    /// A count as people read it, with thousands separators (1,500,301), for the lines an
    /// extract's reading prints; kept here so that printing needs no locale data.
    public static func grouped(_ count: Int) -> String {
        ImportText.grouped(count)
    }
}
