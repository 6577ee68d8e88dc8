import Foundation // Date

/// The facts about one commitment that its delivery status is judged from.
public struct DeliveryFacts: Sendable, Hashable {
    /// When the commitment is due (`DueDate.due`).
    public var due: Date
    /// What the system last declared.
    public var declared: DeclaredState
    /// When the system last updated the commitment; `nil` when it never has.
    public var lastUpdate: Date?
    /// When the commitment was recorded: the start of the update clock until a first update.
    public var created: Date
    /// The system's response to the recommendation; `nil` while it has not responded.
    public var response: SystemResponse?
    /// The commitment's measurable targets, already evaluated (`TargetEvaluation.evaluate`).
    public var targets: [TargetResult]

    /// Facts as recorded; a commitment without an update, a response or targets may leave
    /// them out.
    public init(due: Date, declared: DeclaredState, lastUpdate: Date? = nil, created: Date, response: SystemResponse? = nil, targets: [TargetResult] = []) {
        self.due = due
        self.declared = declared
        self.lastUpdate = lastUpdate
        self.created = created
        self.response = response
        self.targets = targets
    }
}
