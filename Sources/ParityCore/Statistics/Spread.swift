/// The spread of organisations' figures shown beside a pooled roll-up figure: median and
/// range (DOMAIN.md, roll-ups). It describes variation only; the headline is always computed
/// from pooled counts.
public struct Spread: Sendable, Hashable, Codable {
    public let median: Double
    public let min: Double
    public let max: Double
    /// How many figures the spread describes.
    public let count: Int

    /// A spread from already computed figures; use `of(_:)` to compute one.
    public init(median: Double, min: Double, max: Double, count: Int) {
        self.median = median
        self.min = min
        self.max = max
        self.count = count
    }

    /// The median (mean of the two middle values for an even count), minimum and maximum of
    /// `values`, in their own units. Non-finite values (an undefined figure) are left out;
    /// `nil` when no finite value remains.
    public static func of(_ values: [Double]) -> Spread? {
        let sorted = values.filter(\.isFinite).sorted()
        guard let first = sorted.first, let last = sorted.last else { return nil }
        let middle = sorted.count / 2
        let median = sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
        return Spread(median: median, min: first, max: last, count: sorted.count)
    }
}
