import Foundation
import JWTKit
import Testing
@testable import ParityServer

/// The ID token claims rule (OpenID Connect Core 1.0, §3.1.3.7), with plain values.
private let now = Date(timeIntervalSince1970: 1_800_000_000)

private func claims(_ change: (inout IDTokenClaims) -> Void = { _ in }) -> IDTokenClaims {
    var claims = IDTokenClaims(iss: "https://login.microsoftonline.com/t/v2.0", aud: "parity", exp: ExpirationClaim(value: now + 300),
                               iat: IssuedAtClaim(value: now - 10), nonce: "n", email: "Ann.Smith@NHS.net")
    change(&claims)
    return claims
}

struct IDTokenClaimsTests {
    @Test(arguments: [
        (claims(), nil as NHSSignInRefusal?),
        (claims { $0.iss = "https://login.microsoftonline.com/other/v2.0" }, .wrongIssuer),
        (claims { $0.aud = AudienceClaim(value: ["parity", "another-app"]) }, .wrongAudience),
        (claims { $0.aud = "another-app" }, .wrongAudience),
        (claims { $0.exp = ExpirationClaim(value: now - 121) }, .expired),
        (claims { $0.exp = ExpirationClaim(value: now - 60) }, nil),
        (claims { $0.iat = IssuedAtClaim(value: now + 121) }, .issuedInTheFuture),
        (claims { $0.nonce = nil }, .wrongNonce),
        (claims { $0.emailVerified = false }, .emailNotVerified),
        (claims { $0.email = nil }, .noEmail),
        (claims { ($0.email, $0.preferredUsername) = (nil, "ann.smith@nhs.net") }, nil),
        (claims { ($0.email, $0.preferredUsername) = (nil, "ann") }, .noEmail),
    ])
    func refusesWhatDoesNotBelongToThisSignIn(claims: IDTokenClaims, refusal: NHSSignInRefusal?) {
        let result = Result { () throws(NHSSignInRefusal) in
            try claims.identity(issuer: "https://login.microsoftonline.com/t/v2.0", clientID: "parity", nonce: "n", now: now)
        }
        switch result {
        case let .success(email): #expect(refusal == nil && email == "ann.smith@nhs.net")
        case let .failure(error): #expect(error == refusal)
        }
    }
}
