extension DisplayFormat {
    /// A gap in percentage points with its sign and unit, for scorecards where the sign
    /// carries the meaning: "+4.7 pts", "−3.0 pts", "0.0 pts".
    public static func signedPoints(_ x: Double) -> String {
        let text = points(x)
        return (text.hasPrefix("−") || text == "0.0" ? text : "+" + text) + " pts"
    }
}
