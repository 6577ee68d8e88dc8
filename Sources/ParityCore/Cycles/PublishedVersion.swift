/// Which version of an organisation's return the public reads in a cycle (issue 9: the
/// public API and open data show published figures only).
public enum PublishedVersion {
    /// Returns the version published, or nil when the region has published none:
    ///
    /// 1. A return signed off and published reads as published (`SubmissionState.of`), and it
    ///    is the signed-off version that is public — including a correction signed off again
    ///    after publication, which the cycle publishes again as soon as it is signed off.
    /// 2. While a correction has reopened sign-off, the version the region last published
    ///    stays public: figures once published do not vanish while they are being corrected.
    ///
    /// - Parameters:
    ///   - signedOffVersion: the version the sign-off in force (or the last one) vouches for.
    ///   - facts: the submission's facts; `isPublished` says the region published it.
    ///   - publishedVersions: the versions named by the submission's publication events, oldest first.
    public static func of(signedOffVersion: Int, facts: SubmissionFacts, publishedVersions: [Int]) -> Int? {
        if facts.isPublished, facts.isSignedOff { return signedOffVersion }
        return publishedVersions.last
    }
}
