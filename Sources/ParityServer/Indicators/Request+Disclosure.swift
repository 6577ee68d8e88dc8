import ParityCore
import Vapor

extension Request {
    /// The disclosure rule for figures shown in this request. Everyone sees published,
    /// disclosure-controlled figures; signed-in users with a scope will see their own
    /// organisations unsuppressed once accounts exist (issue 3).
    func disclosurePolicy(forOrganisations codes: [String]) -> DisclosurePolicy {
        .publicRelease
    }
}
