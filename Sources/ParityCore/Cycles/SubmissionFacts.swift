import Foundation // Date

/// What is recorded about one organisation's return in one cycle, from which its state is
/// derived (`SubmissionState.of`); the state itself is never stored.
public struct SubmissionFacts: Sendable, Hashable {
    /// Whether any version of the cycle's return has been imported.
    public var hasReturn: Bool
    /// When the return was first signed off. It fixes whether the organisation was late, so
    /// later corrections (which reopen sign-off) never clear or set the late flag.
    public var firstSignedOff: Date?
    /// Whether a sign-off stands now: false before the first one and after a change
    /// reopened it.
    public var isSignedOff: Bool
    /// Whether the region has published the signed-off return (on or after the cycle's
    /// publication date). It stays set when a correction reopens sign-off, so the corrected
    /// return is published again as soon as it is signed off again.
    public var isPublished: Bool

    public init(hasReturn: Bool, firstSignedOff: Date? = nil, isSignedOff: Bool = false, isPublished: Bool = false) {
        self.hasReturn = hasReturn
        self.firstSignedOff = firstSignedOff
        self.isSignedOff = isSignedOff
        self.isPublished = isPublished
    }

    /// Not started: nothing imported, never signed off.
    public static let none = SubmissionFacts(hasReturn: false)
}
