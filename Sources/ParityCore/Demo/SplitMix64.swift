/// A small deterministic pseudo-random generator (SplitMix64, Steele, Lea and Flood 2014),
/// so the demo region is the same on every machine and every run for a given seed.
public struct SplitMix64: Sendable, RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// An independent stream for one part of the data (an organisation, a year), so adding a
    /// year or an organisation leaves the other parts' numbers unchanged.
    init(seed: UInt64, stream labels: UInt64...) {
        var mixer = SplitMix64(seed: seed)
        var state = mixer.next()
        for label in labels {
            mixer = SplitMix64(seed: state ^ (label &* 0xD6E8_FEB8_6659_FD93))
            state = mixer.next()
        }
        self.state = state
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0 ..< 1.
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    mutating func uniform(_ range: ClosedRange<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * unit()
    }

    mutating func integer(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// `expected` rounded up or down at random so that, on average, the result is `expected`:
    /// small groups then get the 0s, 1s and 2s that real small groups have. Never negative.
    mutating func count(_ expected: Double) -> Int {
        guard expected > 0 else { return 0 }
        let whole = expected.rounded(.down)
        return Int(whole) + (unit() < expected - whole ? 1 : 0)
    }

    mutating func shuffled<Element>(_ elements: [Element]) -> [Element] {
        var elements = elements
        for index in stride(from: elements.count - 1, to: 0, by: -1) {
            elements.swapAt(index, integer(0...index))
        }
        return elements
    }
}

extension SplitMix64 {
    /// True with probability `probability` (0…1).
    public mutating func chance(_ probability: Double) -> Bool { unit() < probability }
}
