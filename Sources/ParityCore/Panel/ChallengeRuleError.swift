/// Why a challenge's state refuses an action, in words to show the person who tried it.
public struct ChallengeRuleError: Error, Sendable, Hashable {
    /// E.g. "This challenge has no response yet, so it cannot be rated".
    public let message: String

    public init(message: String) {
        self.message = message
    }
}
