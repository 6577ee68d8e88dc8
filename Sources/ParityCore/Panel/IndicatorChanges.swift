/// Finds the WRES indicators that worsened from one return to the next.
public enum IndicatorChanges {
    /// The indicators (1–9, in order) that worsened from `previous` to `current`, two years
    /// of the same scope as one reader may see them. An indicator worsened when its flag
    /// moved to a worse state (favourable, then non-adverse, then adverse); when the flag is
    /// the same, when either flag is too few to conclude or n/a, or for indicators 1 and 9,
    /// which carry no flag, when its value moved the wrong way by more than
    /// `GoodPracticeEvidence.Tolerance`, by the rules of `GoodPracticeEvidence.Direction.between`.
    /// A withheld or undefined value never counts as worsening. Source: issue 7, meeting packs.
    public static func worsened(previous: PublishedWRES, current: PublishedWRES) -> [IndicatorChange] {
        (1...9).compactMap { indicator in
            let old = GoodPracticeEvidence.Point(indicator: indicator, figures: previous)
            let new = GoodPracticeEvidence.Point(indicator: indicator, figures: current)
            let oldFlag = previous.flag(indicator: indicator)
            let newFlag = current.flag(indicator: indicator)
            guard hasWorsened(indicator: indicator, old: old, new: new, oldFlag: oldFlag, newFlag: newFlag) else { return nil }
            return IndicatorChange(
                indicator: indicator,
                previousYear: previous.year,
                currentYear: current.year,
                previousText: old.text,
                currentText: new.text,
                previousFlag: oldFlag,
                currentFlag: newFlag,
                sentence: "\(GoodPracticeEvidence.subject(indicator: indicator)) worsened from \(describe(old, oldFlag)) in \(old.year) to \(describe(new, newFlag)) in \(new.year)."
            )
        }
    }

    private static func hasWorsened(indicator: Int, old: GoodPracticeEvidence.Point, new: GoodPracticeEvidence.Point, oldFlag: Flag?, newFlag: Flag?) -> Bool {
        if let oldRank = oldFlag.flatMap(rank), let newRank = newFlag.flatMap(rank), oldRank != newRank {
            return newRank > oldRank
        }
        return GoodPracticeEvidence.Direction.between(indicator: indicator, before: old, after: new) == .worsened
    }

    /// Favourable and non-adverse 0, adverse 1: a move from favourable into the non-adverse
    /// range is a move toward parity, not a worsening a board must hear about, so only
    /// becoming adverse ranks worse (the value rule still judges moves within a flag). The
    /// flags that say no reading was possible have no rank.
    private static func rank(_ flag: Flag) -> Int? {
        switch flag {
        case .favourable, .nonAdverse: 0
        case .adverse: 1
        case .tooFewToConclude, .notApplicable: nil
        }
    }

    /// "1.40 (adverse)", or the figure alone when there is no flag.
    private static func describe(_ point: GoodPracticeEvidence.Point, _ flag: Flag?) -> String {
        guard let flag else { return point.text }
        return "\(point.text) (\(flag.label.lowercased()))"
    }
}
