extension GoodPracticeEvidence {
    /// "Indicator 2 moved from 1.53 in 2023 to 1.21 in 2026: improved.", or why the two
    /// years cannot be compared.
    static func sentence(indicator: Int, before: Point?, after: Point?, direction: Direction) -> String {
        let subject = subject(indicator: indicator)
        switch (before, after) {
        case (nil, nil):
            return "\(subject): not comparable, there is no return before or after the start date."
        case let (nil, after?):
            return "\(subject) was \(after.text) in \(after.year): not comparable, there is no return before the start date."
        case let (before?, nil):
            return "\(subject) was \(before.text) in \(before.year): not comparable, there is no return after the start date yet."
        case let (before?, after?):
            guard direction == .notComparable else {
                return "\(subject) moved from \(before.text) in \(before.year) to \(after.text) in \(after.year): \(direction.label)."
            }
            return "\(subject) was \(before.text) in \(before.year) and \(after.text) in \(after.year): not comparable, \(reasons([before, after]))."
        }
    }

    /// Why figures that exist as points have no value: "the 2026 figure is withheld (small
    /// numbers)", "there is no 2023 figure", or both joined.
    private static func reasons(_ points: [Point]) -> String {
        let withheld = points.filter { $0.value == nil && $0.isWithheld }.map { String($0.year) }
        let missing = points.filter { $0.value == nil && !$0.isWithheld }.map { String($0.year) }
        var parts: [String] = []
        if !withheld.isEmpty {
            parts.append(withheld.count == 1
                ? "the \(withheld[0]) figure is withheld (small numbers)"
                : "the \(withheld.joined(separator: " and ")) figures are withheld (small numbers)")
        }
        if !missing.isEmpty {
            parts.append(missing.count == 1
                ? "there is no \(missing[0]) figure"
                : "there are no \(missing.joined(separator: " or ")) figures")
        }
        return parts.joined(separator: " and ")
    }
}
