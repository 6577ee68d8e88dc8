import Fluent
import Foundation

/// An NHS sign-in under way: what the callback must see again. Kept in the database, not in
/// one instance's memory, because the provider may send the person back to another instance.
/// Only hashes of the `state` and of the browser's cookie are stored; the row is deleted when
/// the callback claims it, so a `state` works once.
final class NHSSignInAttemptRow: Model, @unchecked Sendable {
    static let schema = "nhs_sign_in_attempts"

    @ID var id: UUID?
    @Field(key: "state_sha256") var stateSHA256: String
    @Field(key: "browser_sha256") var browserSHA256: String
    @Field(key: "nonce") var nonce: String
    @Field(key: "code_verifier") var codeVerifier: String
    @OptionalField(key: "next") var next: String?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(stateSHA256: String, browserSHA256: String, nonce: String, codeVerifier: String, next: String?, createdAt: Date) {
        self.stateSHA256 = stateSHA256
        self.browserSHA256 = browserSHA256
        self.nonce = nonce
        self.codeVerifier = codeVerifier
        self.next = next
        self.createdAt = createdAt
    }
}
