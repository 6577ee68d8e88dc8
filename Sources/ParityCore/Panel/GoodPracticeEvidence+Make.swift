import Foundation // Date

extension GoodPracticeEvidence {
    /// The before-and-after evidence of WRES indicator `indicator` (1–9) for a case study
    /// whose work started at `start`, from `series`, one organisation's published figures
    /// over several years (already disclosure-controlled for the reader). Years without data
    /// are passed over. "Before" is the latest year whose data date, 31 March of that year at
    /// midnight UTC, is on or before `start`; "after" is the newest year whose data date is
    /// after it. The direction follows `Direction.between`; a missing, undefined or withheld
    /// figure makes it not comparable. Source: issue 7 (evidence of impact from the returns)
    /// and DOMAIN.md (WRES year = data as at 31 March).
    public static func make(indicator: Int, start: Date, series: [PublishedWRES]) -> GoodPracticeEvidence {
        let years = series.filter(\.hasData).sorted { $0.year < $1.year }
        let before = years.last { dataDate(year: $0.year) <= start }
        let after = years.last { dataDate(year: $0.year) > start }
        let beforePoint = before.map { Point(indicator: indicator, figures: $0) }
        let afterPoint = after.map { Point(indicator: indicator, figures: $0) }
        let direction = Direction.between(indicator: indicator, before: beforePoint, after: afterPoint)
        return GoodPracticeEvidence(
            indicator: indicator,
            before: beforePoint,
            after: afterPoint,
            direction: direction,
            sentence: sentence(indicator: indicator, before: beforePoint, after: afterPoint, direction: direction)
        )
    }

    /// The moment a WRES year's data describes: 31 March of `year`, midnight UTC.
    public static func dataDate(year: Int) -> Date {
        CalendarDay(year: year, month: 3, day: 31).start
    }
}
