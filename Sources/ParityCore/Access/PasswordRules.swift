/// What a new password must satisfy (NCSC password guidance: length over complexity, and no
/// common or guessable passwords).
public struct PasswordRules: Sendable {
    /// Fewest characters, counted as people see them (`Character`s, not bytes).
    public var minimumLength = 12

    public init(minimumLength: Int = 12) {
        self.minimumLength = minimumLength
    }

    /// Twelve characters or more.
    public static let standard = PasswordRules()

    /// Local parts shorter than this are not searched for inside a password: "jo" would refuse
    /// half the dictionary without making anything safer.
    static let shortestLocalPartSearched = 3

    /// Every reason `password` may not be used by the person with `email`, in plain English;
    /// empty when it is acceptable.
    public func problems(_ password: String, email: String) -> [String] {
        var problems: [String] = []
        let lowered = password.lowercased()
        if password.count < minimumLength {
            problems.append("Use at least \(minimumLength) characters; this password has \(password.count).")
        }
        if commonPasswords.contains(lowered) {
            problems.append("This is one of the most commonly used passwords. Choose one that is harder to guess.")
        }
        let localPart = String(email.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)[0]).lowercased()
        if !localPart.isEmpty,
           lowered == localPart || (localPart.count >= Self.shortestLocalPartSearched && lowered.contains(localPart)) {
            problems.append("Do not use your email address, or the part before the @, in your password.")
        }
        if let first = password.first, password.allSatisfy({ $0 == first }) {
            problems.append("Do not use one character repeated throughout.")
        }
        return problems
    }
}
