/// A WRES indicator that worsened between two returns of the same scope, for a meeting
/// pack (issue 7, meeting packs: "indicators that worsened since the last return").
public struct IndicatorChange: Sendable, Hashable, Codable {
    /// The WRES indicator, 1–9.
    public let indicator: Int
    public let previousYear: Int
    public let currentYear: Int
    /// The figures as the page shows them (`GoodPracticeEvidence.Point.text`): "1.53",
    /// "+4.7 pts", "12.5%" (indicator 1 is the BME share of bands 8a to VSM).
    public let previousText: String
    public let currentText: String
    /// The flags of indicators 2–8; nil for 1 and 9, which carry none.
    public let previousFlag: Flag?
    public let currentFlag: Flag?
    public let sentence: String

    public init(indicator: Int, previousYear: Int, currentYear: Int, previousText: String, currentText: String, previousFlag: Flag?, currentFlag: Flag?, sentence: String) {
        self.indicator = indicator
        self.previousYear = previousYear
        self.currentYear = currentYear
        self.previousText = previousText
        self.currentText = currentText
        self.previousFlag = previousFlag
        self.currentFlag = currentFlag
        self.sentence = sentence
    }
}
