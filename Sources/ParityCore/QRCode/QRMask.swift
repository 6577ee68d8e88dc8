/// One of the eight data mask patterns; `rawValue` is the mask reference written into the
/// format information (ISO/IEC 18004 §7.8.2, Table 10).
enum QRMask: Int, Sendable, Hashable, CaseIterable {
    case pattern0, pattern1, pattern2, pattern3, pattern4, pattern5, pattern6, pattern7

    /// Whether the module in column `x`, row `y` is inverted by this mask (i = row, j = column
    /// in the standard's formulas).
    func inverts(x j: Int, y i: Int) -> Bool {
        switch self {
        case .pattern0: (i + j) % 2 == 0
        case .pattern1: i % 2 == 0
        case .pattern2: j % 3 == 0
        case .pattern3: (i + j) % 3 == 0
        case .pattern4: (i / 2 + j / 3) % 2 == 0
        case .pattern5: (i * j) % 2 + (i * j) % 3 == 0
        case .pattern6: ((i * j) % 2 + (i * j) % 3) % 2 == 0
        case .pattern7: ((i + j) % 2 + (i * j) % 3) % 2 == 0
        }
    }
}
