/// Maps a figure's value to a position on a chart, along one axis.
struct LinearScale {
    let domain: ClosedRange<Double>
    /// Positions in SVG units; `from` is where `domain.lowerBound` lands (the bottom of a
    /// vertical axis, whose SVG coordinate is the larger one).
    let from: Double
    let to: Double

    func callAsFunction(_ value: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        guard span > 0 else { return from }
        return from + (value - domain.lowerBound) / span * (to - from)
    }

    /// `value` held within the domain, for marks that must stay inside the plot.
    func clamped(_ value: Double) -> Double { min(max(value, domain.lowerBound), domain.upperBound) }
}

/// Round tick values for an axis: steps of 1, 2, 2.5 or 5 times a power of ten.
enum NiceTicks {
    /// About `count` ticks covering `values` (at least one), from a multiple of the step at
    /// or below the smallest value to one at or above the largest.
    static func ticks(covering values: [Double], count: Int = 5) -> [Double] {
        let low = values.min() ?? 0, high = values.max() ?? 1
        let span = high - low > 0 ? high - low : max(abs(high), 1)
        let step = niceStep(span / Double(max(count - 1, 1)))
        let first = (low / step).rounded(.down) * step
        let last = max((high / step).rounded(.up) * step, first + step)
        let steps = Int(((last - first) / step).rounded())
        return (0...steps).map { first + Double($0) * step }
    }

    static func niceStep(_ raw: Double) -> Double {
        var magnitude = 1.0
        while magnitude * 10 <= raw { magnitude *= 10 }
        while magnitude > raw { magnitude /= 10 }
        let fraction = raw / magnitude
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10
        return nice * magnitude
    }
}

extension NiceTicks {
    /// A tick's label with as many decimals as the step between ticks needs: "0.5", "1.25", "40".
    static func label(_ value: Double, step: Double) -> String {
        let places = step >= 1 && step == step.rounded() ? 0 : (step * 10 == (step * 10).rounded() ? 1 : 2)
        return DisplayFormat.decimal(value, places: places)
    }
}
