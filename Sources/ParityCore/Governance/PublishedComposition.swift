/// A body's make-up as it may be shown outside the owning organisation: counts after
/// disclosure control and percentages only when every count behind them is large enough
/// (DOMAIN.md, disclosure control). Only counts: nothing about any one member.
public struct PublishedComposition: Sendable, Hashable {
    public let total: DisclosedCount
    public let bme: DisclosedCount
    public let white: DisclosedCount
    public let unknown: DisclosedCount
    public let disabled: DisclosedCount
    /// `nil` when withheld (BME or total below the policy's minimum) or when no one is in post.
    public let bmePercent: Double?
    /// `nil` when withheld (Disabled or total below the policy's minimum) or when no one is in post.
    public let disabledPercent: Double?

    /// The composition under `policy`. BME, White and Unknown add up to the total, so they are
    /// suppressed as one row with its total shown: a hidden count cannot be worked out by
    /// subtraction. Disabled is shown alone (its complement is not shown).
    public init(_ c: Composition, policy: DisclosurePolicy) {
        let row = policy.discloseTable([[c.bme, c.white, c.unknown]], rowTotalsShown: true, columnTotalsShown: false)
        bme = row.cells[0][0]
        white = row.cells[0][1]
        unknown = row.cells[0][2]
        // Present: the row's total was asked for.
        total = row.rowTotals![0]
        disabled = policy.disclose(c.disabled)
        bmePercent = policy.mayPublishFigure(builtFrom: [c.bme, c.total]) ? c.bmePercent : nil
        disabledPercent = policy.mayPublishFigure(builtFrom: [c.disabled, c.total]) ? c.disabledPercent : nil
    }
}
