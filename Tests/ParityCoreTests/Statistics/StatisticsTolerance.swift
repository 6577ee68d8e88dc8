/// Compares computed figures with hand-computed ones, both `nil` counting as equal.
enum StatisticsTolerance {
    static func matches(_ actual: Double?, _ expected: Double?, within tolerance: Double = 1e-9) -> Bool {
        switch (actual, expected) {
        case (nil, nil): true
        case let (actual?, expected?): abs(actual - expected) <= tolerance
        default: false
        }
    }
}
