/// Every "What staff say" count of the region, of each system and of each organisation,
/// disclosed together (DOMAIN.md, disclosure control; issue 19): no count under the minimum
/// of contributions is shown, nor can it be worked out from what every scope's page, CSV and
/// API show together — a system's count as the region's minus the other systems', an
/// organisation's as its system's minus the others', a slice as a theme's minus the other
/// slices. The pages read their tables from here, so all scopes show the same counts.
public struct VoicePublication: Sendable {
    /// The rule as pages and documents state it.
    public static let rule = "Counts of fewer than \(VoiceDisclosure.minimumContributions) contributions are not shown, and further counts are withheld where, with what this or any other scope's tables show, they would let a hidden one be worked out."

    /// The periods the counts by period cover, oldest first: the same for every scope.
    public let periods: [String]
    private let shown: [VoiceCountKey: Int]
    private let withheld: Set<VoiceCountKey>

    /// The count of `key` as it may be shown: `.fewerThanMinimum` for any count under the
    /// minimum, `.withheld` for a larger one hidden so that a smaller one stays hidden.
    public func count(_ key: VoiceCountKey) -> VoiceCount {
        if let value = shown[key] { return .shown(value) }
        return withheld.contains(key) ? .withheld : .fewerThanMinimum
    }

    /// - Parameters:
    ///   - contributions: every published experience of the region.
    ///   - periods: the periods to count by (labels of `VoiceContribution.period`), oldest first.
    public init(contributions: [VoiceContribution], structure: RegionStructure, periods: [String],
                minimum: Int = VoiceDisclosure.minimumContributions) {
        let ledger = VoiceLedger(contributions: contributions, structure: structure, periods: periods)
        let hidden = ledger.ledger.withheld(minimum: minimum, unpublished: ledger.unpublished)
        var shown: [VoiceCountKey: Int] = [:]
        var withheld: Set<VoiceCountKey> = []
        for (index, entry) in ledger.ledger.keys.enumerated() {
            guard case let .published(key) = entry else { continue }
            if hidden.contains(entry) {
                if ledger.ledger.values[index] >= minimum { withheld.insert(key) }
            } else {
                shown[key] = ledger.ledger.values[index]
            }
        }
        self.periods = periods
        self.shown = shown
        self.withheld = withheld
    }
}
