extension TargetMeasure {
    /// `value` with the fewest decimals, no fewer than `displayPlaces` and at most 6, that
    /// show it exactly: a target of 1.255 reads "1.255", never a rounded "1.26".
    func exactText(_ value: Double) -> String {
        format(value, places: exactPlaces(value))
    }

    /// `actual` with at least the target value's decimals, and more (up to 6) until the two
    /// read differently, so that the figure shown falls on the same side of the target as
    /// the unrounded one: a miss by a hair reads "1.2501 against ≤ 1.25", and 24.5454…%
    /// against ≥ 24.54% reads "24.55%", not "24.5%".
    func distinctText(_ actual: Double, from value: Double) -> String {
        guard actual != value else { return exactText(value) }
        let places = (exactPlaces(value)...Self.maximumPlaces).first {
            format(actual, places: $0) != format(value, places: $0)
        } ?? Self.maximumPlaces
        return format(actual, places: places)
    }

    func exactPlaces(_ value: Double) -> Int {
        (displayPlaces...Self.maximumPlaces).first { places in
            var scale = 1.0
            for _ in 0..<places { scale *= 10 }
            let scaled = value * scale
            return abs(scaled - scaled.rounded()) <= 1e-9 * max(1, abs(scaled))
        } ?? Self.maximumPlaces
    }

    private static let maximumPlaces = 6
}
