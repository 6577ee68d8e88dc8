import Testing
@testable import ParityCore

@Suite("Password rules")
struct PasswordRulesTests {
    static let common = "This is one of the most commonly used passwords. Choose one that is harder to guess."
    static let email = "Do not use your email address, or the part before the @, in your password."
    static let repeated = "Do not use one character repeated throughout."

    static func tooShort(_ count: Int) -> String {
        "Use at least 12 characters; this password has \(count)."
    }

    @Test(arguments: [
        ("correct horse battery", "amina.khan@nhs.net", [String]()),
        ("short", "amina.khan@nhs.net", [tooShort(5)]),
        ("", "amina.khan@nhs.net", [tooShort(0)]),
        ("elevenchars", "amina.khan@nhs.net", [tooShort(11)]),
        ("twelve chars", "amina.khan@nhs.net", []),
        ("Password123456", "amina.khan@nhs.net", [common]),
        ("QWERTYUIOPAS", "amina.khan@nhs.net", [common]),
        ("123456789012", "amina.khan@nhs.net", [common]),
        ("password", "amina.khan@nhs.net", [tooShort(8), common]),
        ("amina.khan", "amina.khan@nhs.net", [tooShort(10), email]),
        ("Amina.Khan-rocks!", "amina.khan@nhs.net", [email]),
        ("xxAMINA.KHAN@NHS.NETxx", "amina.khan@nhs.net", [email]),
        ("amina khan rocks", "amina.khan@nhs.net", []),
        ("jollyrancher99", "jo@nhs.net", []),
        ("jo", "jo@nhs.net", [tooShort(2), email]),
        ("bobbobbobbob1", "bob@nhs.net", [email]),
        ("aaaaaaaaaaaaaa", "amina.khan@nhs.net", [repeated]),
        ("1111111111", "amina.khan@nhs.net", [tooShort(10), common, repeated]),
        ("🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂", "amina.khan@nhs.net", [repeated]),
        ("🙂🙂🙂🙂🙂x🙂🙂🙂🙂🙂", "amina.khan@nhs.net", [tooShort(11)]),
        ("no at sign here", "", []),
    ] as [(String, String, [String])])
    func problems(password: String, email: String, expected: [String]) {
        #expect(PasswordRules.standard.problems(password, email: email) == expected)
    }

    @Test func minimumLengthIsConfigurable() {
        let rules = PasswordRules(minimumLength: 8)
        #expect(rules.problems("tangerine", email: "a@b.c").isEmpty)
        #expect(rules.problems("tangery", email: "a@b.c") == ["Use at least 8 characters; this password has 7."])
        #expect(PasswordRules.standard.minimumLength == 12)
    }

    @Test func commonListIsLargeAndLowercase() {
        #expect(commonPasswords.count >= 200)
        #expect(commonPasswords.allSatisfy { $0 == $0.lowercased() })
        for classic in ["password123456", "qwertyuiopas", "123456789012", "password", "123456", "letmein"] {
            #expect(commonPasswords.contains(classic), "\(classic)")
        }
    }
}
