extension ReturnCounts {
    /// The returns pooled for one indicator's figure: counts added up as `pooled` does, but a
    /// count of `indicator` is kept only where every part carries it, so that one part's blank
    /// (an Unknown group it left out, say) is never pooled as a zero (DOMAIN.md, pooling with
    /// partial returns). Counts of other indicators (indicator 1's headcounts, the base of 3
    /// and 4) are added as `pooled` adds them.
    public static func pooled(_ parts: [ReturnCounts], everyPartCarrying indicator: Int) -> ReturnCounts {
        ReturnCounts(pooled(parts).values.filter { key, _ in
            key.indicator != indicator || parts.allSatisfy { $0.values[key] != nil }
        })
    }
}
