/// How an ESR ethnic category code maps to a WRES group (DOMAIN.md, Groups): on the code's
/// first character, so `C`, `CA` and `C3` are all White. Kept as data, so that a change of
/// definition is a change here and nowhere else.
public enum EthnicCategory {
    /// The first character of a code and the group it means.
    public static let groupByFirstCharacter: [UInt8: PopulationGroup] = {
        var table: [UInt8: PopulationGroup] = [:]
        for letter in "ABC".utf8 { table[letter] = .white }
        for letter in "DEFGHJKLMNPRS".utf8 { table[letter] = .bme }
        for letter in "XZ".utf8 { table[letter] = .unknown }
        return table
    }()

    /// Whole codes that mean "not known" besides a blank cell.
    public static let unknownCodes: Set<String> = ["99"]

    /// The group of `code` (letters in either case), or `nil` when it is not an ethnic
    /// category code: one known letter, optionally followed by one letter or digit.
    public static func group(of code: String) -> PopulationGroup? {
        let bytes = Array(code.utf8)
        return bytes.withUnsafeBufferPointer { group(of: $0) }
    }

    /// As `group(of:)`, for the bytes of a cell.
    public static func group(of code: UnsafeBufferPointer<UInt8>) -> PopulationGroup? {
        switch code.count {
        case 0:
            return .unknown
        case 1:
            return groupByFirstCharacter[uppercased(code[0])]
        case 2:
            if unknownCodes.contains(String(decoding: code, as: UTF8.self)) { return .unknown }
            guard isLetterOrDigit(code[1]) else { return nil }
            return groupByFirstCharacter[uppercased(code[0])]
        default:
            return nil
        }
    }

    private static func uppercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) ? byte - 32 : byte
    }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(uppercased(byte))
    }
}
