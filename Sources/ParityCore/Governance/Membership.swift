import Foundation // Date

/// One person's seat on a governance body, with the declarations counted for its make-up.
/// Carries no name: the core only ever counts members.
public struct Membership: Sendable, Hashable {
    public var role: MemberRole
    public var isVoting: Bool
    public var isExecutive: Bool
    /// The first day in post.
    public var start: Date
    /// The day the member left (no longer in post from then); `nil` while in post.
    public var end: Date?
    public var ethnicity: EthnicityDeclaration
    public var disability: DisabilityDeclaration
    /// The system code this member speaks for, on bodies where systems are represented.
    public var representsSystem: String?

    public init(
        role: MemberRole,
        isVoting: Bool,
        isExecutive: Bool,
        start: Date,
        end: Date? = nil,
        ethnicity: EthnicityDeclaration,
        disability: DisabilityDeclaration,
        representsSystem: String? = nil
    ) {
        self.role = role
        self.isVoting = isVoting
        self.isExecutive = isExecutive
        self.start = start
        self.end = end
        self.ethnicity = ethnicity
        self.disability = disability
        self.representsSystem = representsSystem
    }

    /// Whether the member holds the seat on `date`: from `start` (inclusive) until `end`
    /// (exclusive), so a member who leaves on a day and their successor are not counted twice.
    public func isInPost(on date: Date) -> Bool {
        start <= date && (end.map { $0 > date } ?? true)
    }
}
