/// The private code a contributor keeps to read the status of their submission or withdraw
/// it (issue 6). Twelve characters of Crockford's base 32 (60 random bits), shown in three
/// groups, "7K3M-Q9XA-2H4D"; the alphabet leaves out I, L, O and U so it reads aloud and
/// copies by hand without confusion.
public enum ReceiptCode {
    /// Crockford's base 32 alphabet: digits and capitals without I, L, O and U.
    public static let alphabet: [Character] = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    /// Characters in a code, without its hyphens.
    public static let length = 12

    /// A new code in the canonical form "XXXX-XXXX-XXXX", from 60 bits of `rng`.
    public static func make(using rng: inout some RandomNumberGenerator) -> String {
        var bits = rng.next()
        var characters: [Character] = []
        for _ in 0..<length {
            characters.append(alphabet[Int(bits & 31)])
            bits >>= 5
        }
        return grouped(characters)
    }

    /// The canonical form of a code as a person typed it, or `nil` if it is not a code.
    /// Case, spaces and hyphens are ignored, and the letters Crockford reads as digits are
    /// mapped (O to 0; I and L to 1), so "7k3m q9xa 2h4d" and "7K3M-Q9XA-2H4D" are one code.
    public static func normalised(_ input: String) -> String? {
        var characters: [Character] = []
        for character in input.uppercased() where !(character.isWhitespace || character == "-") {
            switch character {
            case "O": characters.append("0")
            case "I", "L": characters.append("1")
            case _ where alphabet.contains(character): characters.append(character)
            default: return nil
            }
        }
        return characters.count == length ? grouped(characters) : nil
    }

    private static func grouped(_ characters: [Character]) -> String {
        stride(from: 0, to: characters.count, by: 4)
            .map { String(characters[$0..<min($0 + 4, characters.count)]) }
            .joined(separator: "-")
    }
}
