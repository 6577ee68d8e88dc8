import ParityCore
import Vapor

extension Request {
    /// The disclosure rule for figures pooled from `organisations`: unsuppressed only when the
    /// signed-in user may read every one of them unsuppressed; published figures otherwise.
    func disclosurePolicy(forOrganisations organisations: [OrganisationEntry]) -> DisclosurePolicy {
        AccessPolicy.disclosure(for: actor, organisations: organisations.map { (code: $0.code, systemCode: Optional($0.systemCode)) })
    }
}
