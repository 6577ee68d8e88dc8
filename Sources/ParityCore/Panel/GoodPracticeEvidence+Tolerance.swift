extension GoodPracticeEvidence {
    /// How far a figure must move before it counts as a change. A smaller move is within
    /// the figure's displayed precision (RL to 2 decimals, points to 1; DOMAIN.md, shared
    /// arithmetic), so calling it better or worse would report noise as progress.
    public enum Tolerance {
        /// Relative likelihoods (WRES 2–4): the distance from parity, |ln RL|, must change by
        /// more than ln(1 + 0.01), i.e. the ratio by more than 1% — 0.01 near parity.
        public static let ratio = 0.01
        /// Percentages and gaps in percentage points (WRES 1, 5–9).
        public static let points = 0.1
    }
}
