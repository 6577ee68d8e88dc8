extension WDESCounts {
    /// The returns pooled for one metric's figure: counts added up as `pooled` does, but a
    /// count of `metric` is kept only where every part carries it, so that one part's blank
    /// is never pooled as a zero (DOMAIN.md, pooling with partial returns). Metric 1's
    /// headcounts (the base of metric 3) are added as `pooled` adds them: a cell is a grade
    /// an organisation has staff in or not.
    public static func pooled(_ parts: [WDESCounts], everyPartCarrying metric: WDESMetric) -> WDESCounts {
        guard metric != .representation, metric != .board else { return pooled(parts) }
        return WDESCounts(pooled(parts).values.filter { key, _ in
            key.metric != metric || parts.allSatisfy { $0.values[key] != nil }
        })
    }
}
