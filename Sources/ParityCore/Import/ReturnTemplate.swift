/// The downloadable return file that organisations fill in.
public enum ReturnTemplate {
    /// Returns a WRES return file (CRLF line ends): the header, then one row for every WRES
    /// measure (`Measure.allWRES`) and group, by indicator 1 to 9, each with a blank count.
    /// Survey measures appear once for each of indicators 5–8. Blank counts mean "not provided",
    /// so the template imports cleanly as zero rows until counts are filled in.
    public static func wres(exampleOrganisation: String, year: Int) -> String {
        let standard = Standard.wres
        var lines = [CSVWriter.line(ReturnColumn.header)]
        for indicator in 1...9 {
            for measure in Measure.allWRES where measure.wresIndicators.contains(indicator) {
                for group in standard.groups {
                    lines.append(CSVWriter.line([exampleOrganisation, String(year), standard.rawValue, String(indicator),
                                                 measure.rawValue, group.rawValue, ""]))
                }
            }
        }
        return lines.map { $0 + "\r\n" }.joined()
    }
}
