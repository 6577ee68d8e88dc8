/// The kinds of board seat counted by WRES indicator 9.
public enum BoardSeat: String, Sendable, Hashable, Codable, CaseIterable {
    case votingExecutive = "voting-executive"
    case votingNonExecutive = "voting-non-executive"
    case nonVotingExecutive = "non-voting-executive"
    case nonVotingNonExecutive = "non-voting-non-executive"

    public var isVoting: Bool { self == .votingExecutive || self == .votingNonExecutive }
    public var isExecutive: Bool { self == .votingExecutive || self == .nonVotingExecutive }

    /// The kind of seat as a page names it: "Voting executive".
    public var label: String {
        switch self {
        case .votingExecutive: "Voting executive"
        case .votingNonExecutive: "Voting non-executive"
        case .nonVotingExecutive: "Non-voting executive"
        case .nonVotingNonExecutive: "Non-voting non-executive"
        }
    }
}
