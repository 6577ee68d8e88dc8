import Foundation
import JWTKit

/// The claims of an OpenID Connect ID token that Parity reads. jwt-kit checks only the
/// signature (`verify(using:)` is empty); `identity(…)` checks the claims against this
/// sign-in, with the time and nonce it was given, so the rule is testable with plain values.
struct IDTokenClaims: JWTPayload, Equatable {
    var iss: IssuerClaim
    var aud: AudienceClaim
    var exp: ExpirationClaim
    var iat: IssuedAtClaim
    var nonce: String?
    var email: String?
    var emailVerified: BoolClaim?
    /// Microsoft Entra ID's sign-in name; for NHSmail, the person's address.
    var preferredUsername: String?
    var name: String?

    enum CodingKeys: String, CodingKey {
        case iss, aud, exp, iat, nonce, email, name
        case emailVerified = "email_verified"
        case preferredUsername = "preferred_username"
    }

    func verify(using algorithm: some JWTAlgorithm) async throws {}

    /// How far the provider's clock may be from Parity's.
    static let clockSkew: TimeInterval = 120

    /// The person's email address (lower case) when the token was issued by `issuer` to
    /// `clientID` for this sign-in (`nonce`) and is current at `now`; otherwise why not.
    /// OpenID Connect Core 1.0, §3.1.3.7 (ID token validation). The address is `email`, or
    /// Entra's `preferred_username` when it sends no `email`; `email_verified: false` refuses.
    func identity(issuer: String, clientID: String, nonce expected: String, now: Date) throws(NHSSignInRefusal) -> String {
        guard iss.value == issuer else { throw .wrongIssuer }
        guard aud.value == [clientID] else { throw .wrongAudience }
        guard exp.value.addingTimeInterval(Self.clockSkew) > now else { throw .expired }
        guard iat.value.addingTimeInterval(-Self.clockSkew) <= now else { throw .issuedInTheFuture }
        guard nonce == expected else { throw .wrongNonce }
        if emailVerified?.value == false { throw .emailNotVerified }
        guard let address = (email ?? preferredUsername).map(AccountStore.normalised(email:)), address.contains("@") else { throw .noEmail }
        return address
    }
}

/// Why an NHS sign-in was refused: the audit log's words, and the person's.
enum NHSSignInRefusal: String, Error, Equatable {
    case providerError = "provider-error"
    case unknownState = "unknown-or-used-state"
    case otherBrowser = "state-from-another-browser"
    case tokenRequestFailed = "token-request-failed"
    case malformedToken = "malformed-token"
    case unknownKey = "unknown-signing-key"
    case badSignature = "bad-signature"
    case wrongIssuer = "wrong-issuer"
    case wrongAudience = "wrong-audience"
    case expired = "expired-token"
    case issuedInTheFuture = "token-issued-in-the-future"
    case wrongNonce = "wrong-nonce"
    case emailNotVerified = "email-not-verified"
    case noEmail = "no-email"
    case noAccount = "no-account"

    /// What the person is told.
    var message: String {
        switch self {
        case .providerError: "Your NHS account did not sign you in. Try again."
        case .unknownState: "This sign-in has already been used or has expired. Start again from the sign-in page."
        case .otherBrowser: "This sign-in was started in another browser. Start again from the sign-in page."
        case .noAccount: "There is no Parity account for this NHS account. Ask your administrator for an invitation."
        case .emailNotVerified, .noEmail: "Your NHS account did not tell Parity a confirmed email address. Ask your administrator."
        default: "Parity could not confirm your NHS sign-in. Try again, and ask your administrator if it keeps happening."
        }
    }
}
