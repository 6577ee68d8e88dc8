/// The downloadable return files that organisations fill in.
public enum ReturnTemplate {
    /// The organisation code a template carries when it is made for nobody in particular.
    public static let exampleOrganisation = "R0A"

    /// Returns the return file of `standard` (CRLF line ends) for `organisation` and `year`,
    /// with every count blank: `wres(exampleOrganisation:year:)` or `wdes(exampleOrganisation:year:)`.
    public static func csv(standard: Standard, organisation: String, year: Int) -> String {
        switch standard {
        case .wres: wres(exampleOrganisation: organisation, year: year)
        case .wdes: wdes(exampleOrganisation: organisation, year: year)
        }
    }

    /// Returns a WRES return file (CRLF line ends): the header, then one row for every WRES
    /// measure (`Measure.allWRES`) and group, by indicator 1 to 9, each with a blank count.
    /// Survey measures appear once for each of indicators 5–8. Blank counts mean "not provided",
    /// so the template imports cleanly as zero rows until counts are filled in.
    public static func wres(exampleOrganisation: String, year: Int) -> String {
        let standard = Standard.wres
        var lines: [[String]] = []
        for indicator in 1...9 {
            for measure in Measure.allWRES where measure.wresIndicators.contains(indicator) {
                for group in standard.groups {
                    lines.append([exampleOrganisation, String(year), standard.rawValue, String(indicator), measure.rawValue, group.rawValue, ""])
                }
            }
        }
        return file(lines)
    }

    /// Returns a WDES return file (CRLF line ends): the header, then one row for every WDES
    /// metric in order (1, 2, 3, 4a-i … 9b, 10), each of its measures (`WDESMeasure.metrics`)
    /// and groups, with a blank count. Metric 9b has one `action-taken` row, for the `disabled`
    /// group (1 yes, 0 no); metric 8 has rows for the `disabled` group only, the staff it asks.
    /// Blank counts mean "not provided", as for WRES (issue 8).
    public static func wdes(exampleOrganisation: String, year: Int) -> String {
        var lines: [[String]] = []
        for metric in WDESMetric.allCases {
            for measure in WDESMeasure.allWDES where measure.metrics.contains(metric) {
                for group in measure.groups(in: metric) {
                    lines.append([exampleOrganisation, String(year), Standard.wdes.rawValue, metric.rawValue, measure.rawValue, group.rawValue, ""])
                }
            }
        }
        return file(lines)
    }

    private static func file(_ rows: [[String]]) -> String {
        ([ReturnColumn.header] + rows).map { CSVWriter.line($0) + "\r\n" }.joined()
    }
}
