/// The kinds of board seat counted by WRES indicator 9.
public enum BoardSeat: String, Sendable, Hashable, Codable, CaseIterable {
    case votingExecutive = "voting-executive"
    case votingNonExecutive = "voting-non-executive"
    case nonVotingExecutive = "non-voting-executive"
    case nonVotingNonExecutive = "non-voting-non-executive"

    public var isVoting: Bool { self == .votingExecutive || self == .votingNonExecutive }
    public var isExecutive: Bool { self == .votingExecutive || self == .nonVotingExecutive }
}
