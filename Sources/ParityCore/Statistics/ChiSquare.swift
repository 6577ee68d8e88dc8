import Foundation // exp, log, lgamma

/// The χ² distribution's upper tail, for tests of heterogeneity.
enum ChiSquare {
    /// P(X ≥ x) for X ~ χ² with `degreesOfFreedom`: the regularised upper incomplete gamma
    /// function Q(k/2, x/2), by its series below a + 1 and its continued fraction above
    /// (Press et al., Numerical Recipes, 3rd ed., §6.2).
    static func upperTail(_ x: Double, degreesOfFreedom: Int) -> Double {
        guard x > 0 else { return 1 }
        let a = Double(degreesOfFreedom) / 2, y = x / 2
        let logPrefix = a * log(y) - y - lgamma(a)
        if y < a + 1 {
            var term = 1 / a, sum = term, denominator = a
            for _ in 0..<500 {
                denominator += 1
                term *= y / denominator
                sum += term
                if abs(term) < abs(sum) * 1e-15 { break }
            }
            return max(0, 1 - sum * exp(logPrefix))
        }
        // Lentz's method for the continued fraction of Q(a, y).
        let tiny = 1e-300
        var b = y + 1 - a, c = 1 / tiny, d = 1 / b, h = d
        for step in 1...500 {
            let an = -Double(step) * (Double(step) - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-15 { break }
        }
        return min(1, exp(logPrefix) * h)
    }
}
