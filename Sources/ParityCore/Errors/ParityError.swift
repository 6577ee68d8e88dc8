/// Parity's one error vocabulary. The server maps each case to an HTTP status in one place
/// (a friendly page for browsers, a JSON problem for the API); the CLI prints the message.
public enum ParityError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The thing asked for does not exist (or is not visible to the asker).
    case notFound(String)
    /// The input cannot be used; the message says what was wrong and what is expected.
    case invalidInput(String)
    /// The asker may not do this; the message says why.
    case forbidden(String)
    /// Someone else changed the thing first, or it is in a state that forbids the change.
    case conflict(String)

    public var description: String {
        switch self {
        case let .notFound(message), let .invalidInput(message), let .forbidden(message), let .conflict(message):
            message
        }
    }
}
