import Foundation

/// Header text as RFC 5322 and RFC 2047 want it: ASCII as it is, folded at spaces to keep lines
/// short; anything else as `=?UTF-8?B?…?=` encoded words, each at most 75 characters.
public enum EncodedWord {
    /// The value of a header named `name` (for the length of its first line), with any line
    /// break in `text` turned into a space so that no value can start a header of its own.
    public static func header(_ name: String, _ text: String) -> String {
        let flat = text.components(separatedBy: .newlines).joined(separator: " ")
        if flat.unicodeScalars.allSatisfy({ (0x20...0x7E).contains($0.value) }) {
            return fold(words: flat.split(separator: " ", omittingEmptySubsequences: false).map(String.init), first: name.count + 2)
        }
        return fold(words: encodedWords(flat), first: name.count + 2)
    }

    /// A display name for `From`: as it is when it is plain words, else encoded.
    public static func displayName(_ name: String) -> String {
        let scalars = name.unicodeScalars
        if scalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == " ") }) {
            return name
        }
        if scalars.allSatisfy({ (0x20...0x7E).contains($0.value) && $0 != "\"" && $0 != "\\" }) {
            return "\"\(name)\""
        }
        return encodedWords(name).joined(separator: " ")
    }

    /// `text` as base64 encoded words of whole characters, each word at most 75 characters.
    static func encodedWords(_ text: String) -> [String] {
        var words: [String] = []
        var chunk = ""
        for character in text {
            // 39 bytes of UTF-8 make 52 base64 characters; with "=?UTF-8?B?" and "?=", 64,
            // which leaves room for "Subject: " on the first line.
            if (chunk + String(character)).utf8.count > 39 {
                words.append(word(chunk))
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty || words.isEmpty { words.append(word(chunk)) }
        return words
    }

    private static func word(_ text: String) -> String {
        "=?UTF-8?B?" + Data(text.utf8).base64EncodedString() + "?="
    }

    /// Joins `words` with spaces, starting a new folded line (CRLF and a space) before a word
    /// that would take a line past 78 characters.
    private static func fold(words: [String], first: Int) -> String {
        var result = ""
        var length = first
        for (index, word) in words.enumerated() {
            if index > 0 {
                if length + 1 + word.count > 78 {
                    result += "\r\n "
                    length = 1
                } else {
                    result += " "
                    length += 1
                }
            }
            result += word
            length += word.count
        }
        return result
    }
}
