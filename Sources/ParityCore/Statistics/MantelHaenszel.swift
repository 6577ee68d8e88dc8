import Foundation // exp, log

/// The Mantel–Haenszel relative likelihood stratified by organisation: one common ratio of
/// likelihoods across strata, each stratum weighted by its size and mix, so that a pool of
/// organisations that differ in size and mix is not misread as a crude pooled ratio can be
/// (Simpson's paradox). DOMAIN.md, adjusted roll-ups; Greenland and Robins, "Estimation of a
/// common effect parameter from sparse follow-up data", Biometrics 1985.
public struct MantelHaenszel: Sendable, Hashable, Codable {
    /// One stratum: `focus` events of base and `reference` events of base in one organisation.
    public struct Stratum: Sendable, Hashable, Codable {
        public let focus: Proportion
        public let reference: Proportion

        public init(focus: Proportion, reference: Proportion) {
            self.focus = focus
            self.reference = reference
        }
    }

    /// RL_MH = Σ(aᵢ·mᵢ/Nᵢ) ÷ Σ(cᵢ·nᵢ/Nᵢ), with aᵢ of nᵢ focus events, cᵢ of mᵢ reference
    /// events and Nᵢ = nᵢ + mᵢ; a plain ratio, `nil` when either sum is 0 (no stratum with a
    /// focus event and a reference base, or none with a reference event and a focus base).
    public let relativeLikelihood: Double?
    /// exp(ln RL_MH ± z·√Var) with the Greenland–Robins variance
    /// Var(ln RL_MH) = Σ[(nᵢ·mᵢ·(aᵢ + cᵢ) − aᵢ·cᵢ·Nᵢ) ÷ Nᵢ²] ÷ [Σ(aᵢ·mᵢ/Nᵢ) · Σ(cᵢ·nᵢ/Nᵢ)];
    /// `nil` without an RL.
    public let confidenceInterval: ConfidenceInterval?
    /// Cochran's Q across the strata; `nil` with fewer than two strata where it is defined.
    public let heterogeneity: Heterogeneity?

    /// The estimate over `strata` at `z` (1.96 for 95%). A stratum with an undefined
    /// proportion (a zero base, events above the base) is left out, as a stratum with no one.
    public init(strata: [Stratum], z: Double) {
        let usable = strata.filter { $0.focus.isDefined && $0.reference.isDefined }
        var numerator = 0.0, denominator = 0.0, variance = 0.0
        for stratum in usable {
            let (a, n) = (Double(stratum.focus.events), Double(stratum.focus.base))
            let (c, m) = (Double(stratum.reference.events), Double(stratum.reference.base))
            let total = n + m
            numerator += a * m / total
            denominator += c * n / total
            variance += (n * m * (a + c) - a * c * total) / (total * total)
        }
        guard numerator > 0, denominator > 0 else {
            relativeLikelihood = nil
            confidenceInterval = nil
            heterogeneity = Heterogeneity(strata: usable)
            return
        }
        let ratio = numerator / denominator
        let margin = z * max(variance / (numerator * denominator), 0).squareRoot()
        relativeLikelihood = ratio
        confidenceInterval = ConfidenceInterval(low: exp(log(ratio) - margin), high: exp(log(ratio) + margin))
        heterogeneity = Heterogeneity(strata: usable)
    }
}

/// Cochran's Q: whether organisations' relative likelihoods differ more than chance would
/// explain. Q = Σ wᵢ(ln RLᵢ − ln RL̄)², with ln RLᵢ each stratum's log relative likelihood,
/// wᵢ = 1 ÷ (1/aᵢ − 1/nᵢ + 1/cᵢ − 1/mᵢ) its inverse log-method variance and ln RL̄ = Σwᵢ ln RLᵢ ÷
/// Σwᵢ; compared with χ² on k − 1 degrees of freedom, k the strata with an event in both groups
/// (Cochran, "The combination of estimates from different experiments", Biometrics 1954).
public struct Heterogeneity: Sendable, Hashable, Codable {
    public let q: Double
    public let degreesOfFreedom: Int
    /// P(χ²ₖ₋₁ ≥ Q).
    public let pValue: Double

    /// `nil` with fewer than two strata whose relative likelihood and variance are defined.
    init?(strata: [MantelHaenszel.Stratum]) {
        let logs: [(value: Double, weight: Double)] = strata.compactMap { stratum in
            let (a, n) = (Double(stratum.focus.events), Double(stratum.focus.base))
            let (c, m) = (Double(stratum.reference.events), Double(stratum.reference.base))
            guard a > 0, c > 0 else { return nil }
            let variance = 1 / a - 1 / n + 1 / c - 1 / m
            guard variance > 0 else { return nil }
            return (log((a / n) / (c / m)), 1 / variance)
        }
        guard logs.count >= 2 else { return nil }
        let mean = logs.reduce(0) { $0 + $1.weight * $1.value } / logs.reduce(0) { $0 + $1.weight }
        q = logs.reduce(0) { $0 + $1.weight * ($1.value - mean) * ($1.value - mean) }
        degreesOfFreedom = logs.count - 1
        pValue = ChiSquare.upperTail(q, degreesOfFreedom: degreesOfFreedom)
    }

    /// Whether organisations differ more than chance would explain, at the 5% level.
    public var isSignificant: Bool { pValue < 0.05 }
}
