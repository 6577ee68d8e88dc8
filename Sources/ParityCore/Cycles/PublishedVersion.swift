/// Which version of an organisation's return the public reads in a cycle (issue 9: the
/// public API and open data show published figures only), from the submission's history.
public enum PublishedVersion {
    /// What happened to a submission, oldest first.
    public enum Event: Sendable, Hashable {
        case signedOff(version: Int)
        case published(version: Int)
        case reopened
    }

    /// Returns the version the public reads, or nil while the region has published none:
    ///
    /// 1. Publication makes the signed-off version public.
    /// 2. Once published, a return signed off again after a correction is public as soon as it
    ///    is signed off: it reads as published (`SubmissionState.of`) and is not published twice.
    /// 3. While a correction has reopened sign-off, the version public before stays public:
    ///    figures once published do not vanish while they are being corrected.
    public static func of(_ history: [Event]) -> Int? {
        var current: Int?
        for event in history {
            switch event {
            case let .published(version): current = version
            case let .signedOff(version) where current != nil: current = version
            case .signedOff, .reopened: continue
            }
        }
        return current
    }
}
