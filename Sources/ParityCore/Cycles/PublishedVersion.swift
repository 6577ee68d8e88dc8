/// Which version of an organisation's return the public reads (issue 9: the public API and
/// open data show published figures only), from the submission's history.
public enum PublishedVersion {
    /// What happened to a submission, oldest first.
    public enum Event: Sendable, Hashable {
        case signedOff(version: Int)
        case published(version: Int)
        case reopened
        /// The region accepted a revision of a published return (issue 20).
        case revisionAccepted(version: Int)
        /// The region turned a revision down: the published version stays.
        case revisionRejected(version: Int)
    }

    /// Returns the version the public reads, or nil while the region has published none:
    ///
    /// 1. Publication makes the signed-off version public.
    /// 2. Once published, a corrected return stays private until the region accepts it
    ///    (issue 20): signing it off again sends it to the region for review, and only the
    ///    region's acceptance makes it public.
    /// 3. While a correction is being made or reviewed, or after the region turned it down,
    ///    the version public before stays public: published figures never vanish.
    public static func of(_ history: [Event]) -> Int? {
        var current: Int?
        for event in history {
            switch event {
            case let .published(version), let .revisionAccepted(version): current = version
            case .signedOff, .reopened, .revisionRejected: continue
            }
        }
        return current
    }

    /// The version of a published return signed off again and waiting for the region's
    /// decision, or nil: none published yet, no revision signed off since, or the region
    /// already decided on it.
    public static func awaitingReview(_ history: [Event]) -> Int? {
        var published = false
        var waiting: Int?
        for event in history {
            switch event {
            case .published, .revisionAccepted, .revisionRejected:
                published = true
                waiting = nil
            case let .signedOff(version) where published: waiting = version
            case .reopened: waiting = nil
            case .signedOff: continue
            }
        }
        return waiting
    }
}
