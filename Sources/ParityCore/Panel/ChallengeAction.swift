/// What someone may try to do to a challenge once it is raised; `ChallengeLifecycle.check`
/// says whether the challenge's state allows it.
public enum ChallengeAction: String, Sendable, Hashable, Codable, CaseIterable {
    /// The body's owner responds, or improves the response before it is rated.
    case respond
    /// The panel rates the response, which closes the challenge.
    case rate
    /// The panel escalates the challenge to the regional People Board.
    case escalate
    /// The panel adds a panel-only note; allowed at every stage.
    case addNote = "add-note"
}
