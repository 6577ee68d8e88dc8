import Foundation // Date

/// What has happened to one challenge, as recorded; its status and what may happen next are
/// derived from these by `ChallengeLifecycle`.
public struct ChallengeFacts: Sendable, Hashable, Codable {
    public var raisedAt: Date
    /// The start (midnight UTC) of the day by which a response is due; a response at any time
    /// on that day is on time. See `ChallengeLifecycle.defaultDue(raisedAt:)`.
    public var dueAt: Date
    /// The latest response (a body may improve its response until it is rated).
    public var respondedAt: Date?
    public var rating: ChallengeRating?
    /// When the panel rated the response, which closes the challenge.
    public var closedAt: Date?
    public var escalatedAt: Date?

    public init(
        raisedAt: Date,
        dueAt: Date,
        respondedAt: Date? = nil,
        rating: ChallengeRating? = nil,
        closedAt: Date? = nil,
        escalatedAt: Date? = nil
    ) {
        self.raisedAt = raisedAt
        self.dueAt = dueAt
        self.respondedAt = respondedAt
        self.rating = rating
        self.closedAt = closedAt
        self.escalatedAt = escalatedAt
    }
}
