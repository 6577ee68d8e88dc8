/// Formats figures for people to read, the same way on every page: "." as the decimal
/// separator whatever the locale, "," between thousands, "−" (minus sign) for negatives and
/// an en dash between the ends of a positive range. Rounding is half away from zero and
/// happens only here, at display (DOMAIN.md: compute unrounded, round for display).
public enum DisplayFormat {
    /// `x` rounded to `places` decimals (0–6), e.g. `decimal(3.2075, places: 2)` is "3.21";
    /// "n/a" when `x` is not finite.
    public static func decimal(_ x: Double, places: Int) -> String {
        let places = min(max(places, 0), 6)
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(x) * scale).rounded(.toNearestOrAwayFromZero)
        guard x.isFinite, scaled < 1e15 else { return x.isFinite ? "\(x)" : "n/a" }
        let units = Int(scaled)
        let sign = x < 0 && units != 0 ? "−" : ""
        var power = 1
        for _ in 0..<places { power *= 10 }
        let whole = grouped(units / power)
        guard places > 0 else { return sign + whole }
        let fraction = String(units % power)
        return sign + whole + "." + String(repeating: "0", count: places - fraction.count) + fraction
    }

    /// A relative likelihood or other ratio, to 2 decimals: "1.53".
    public static func ratio(_ x: Double) -> String { decimal(x, places: 2) }

    /// A percentage 0–100 to 1 decimal, with the sign: "32.1%".
    public static func percent(_ x: Double) -> String { decimal(x, places: 1) + "%" }

    /// Percentage points to 1 decimal, without a unit: "4.7", "−2.0".
    public static func points(_ x: Double) -> String { decimal(x, places: 1) }

    /// A count with thousands separated: "7,422".
    public static func count(_ n: Int) -> String { (n < 0 ? "−" : "") + grouped(abs(n)) }

    /// The interval of a ratio with an en dash: "1.31–1.79".
    public static func ratioRange(_ interval: ConfidenceInterval) -> String {
        ratio(interval.low) + "–" + ratio(interval.high)
    }

    /// The interval of percentage points, with "to" because an end may be negative:
    /// "1.2 to 8.1", "−3.0 to 2.4".
    public static func pointsRange(_ interval: ConfidenceInterval) -> String {
        points(interval.low) + " to " + points(interval.high)
    }

    /// The interval of a percentage with an en dash: "27.0–31.5%".
    public static func percentRange(_ interval: ConfidenceInterval) -> String {
        decimal(interval.low, places: 1) + "–" + percent(interval.high)
    }

    private static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index).isMultiple(of: 3) { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
