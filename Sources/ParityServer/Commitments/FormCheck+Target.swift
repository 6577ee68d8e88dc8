import Foundation
import ParityCore

extension FormCheck {
    /// A measurable target from a form's four fields (`target-measure`, `target-comparison`,
    /// `target-value`, `target-year`), or `nil` with a problem for each field that is wrong.
    /// Commitments and action plans bind targets through the same check.
    mutating func target(measure: String?, comparison: String?, value: String?, year: String?) -> Target? {
        let measure = measure.flatMap(TargetMeasure.init(rawValue:))
        if measure == nil { fail("target-measure", "Choose the figure the target is on.") }
        let comparison = comparison.flatMap(TargetComparison.init(rawValue:))
        if comparison == nil { fail("target-comparison", "Choose at most (≤) or at least (≥).") }
        let value = value.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }.flatMap { $0.isFinite ? $0 : nil }
        if value == nil { fail("target-value", "Enter the target value as a number, for example 1.25 or 15.") }
        let year = year.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        if year.map({ !(2014...2100).contains($0) }) ?? true { fail("target-year", "Enter the return year as four digits, for example 2027.") }
        guard let measure, let comparison, let value, let year else { return nil }
        return Target(measure: measure, comparison: comparison, value: value, year: year)
    }
}
