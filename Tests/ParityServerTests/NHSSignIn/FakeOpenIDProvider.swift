import Foundation
import JWTKit
import Testing
import Vapor
@testable import ParityServer

/// A provider the test controls, for ID tokens a real provider never issues (expired, for
/// someone else, badly signed): discovery, JWKS and a token endpoint answering with
/// `nextToken`, on a loopback port, with a test RSA key made by `openssl`.
final class FakeOpenIDProvider: @unchecked Sendable {
    let app: Application
    let key: Insecure.RSA.PrivateKey
    let kid = "fake-key"
    var issuer = ""
    var nextToken = ""

    init() async throws {
        app = try await Application.make(.testing)
        key = try Insecure.RSA.PrivateKey(pem: try Self.openSSLKey())
        let (modulus, exponent) = try key.publicKey.getKeyPrimitives()
        let jwks = #"{"keys":[{"kty":"RSA","alg":"RS256","use":"sig","kid":"\#(kid)","n":"\#(Self.base64URL(modulus))","e":"\#(Self.base64URL(exponent))"}]}"#
        app.get(".well-known", "openid-configuration") { [unowned self] _ in
            Response(status: .ok, headers: ["Content-Type": "application/json"], body: .init(string: """
            {"issuer":"\(issuer)","authorization_endpoint":"\(issuer)/authorize","token_endpoint":"\(issuer)/token","jwks_uri":"\(issuer)/jwks"}
            """))
        }
        app.get("jwks") { _ in Response(status: .ok, headers: ["Content-Type": "application/json"], body: .init(string: jwks)) }
        app.post("token") { [unowned self] _ in
            Response(status: .ok, headers: ["Content-Type": "application/json"], body: .init(string: #"{"id_token":"\#(nextToken)","token_type":"Bearer"}"#))
        }
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        issuer = "http://127.0.0.1:\(try #require(app.http.server.shared.localAddress?.port))"
    }

    func stop() async throws {
        await app.server.shutdown()
        try await app.asyncShutdown()
    }

    /// An ID token for `email` signed by `signer` (the published key unless given), naming
    /// the published key either way.
    func token(email: String, audience: String, nonce: String, issuedAt: Date, signer: Insecure.RSA.PrivateKey? = nil) async throws -> String {
        let keys = JWTKeyCollection()
        await keys.add(rsa: signer ?? key, digestAlgorithm: .sha256, kid: JWKIdentifier(string: kid))
        let claims = IDTokenClaims(iss: IssuerClaim(value: issuer), aud: AudienceClaim(value: [audience]),
                                   exp: ExpirationClaim(value: issuedAt.addingTimeInterval(300)), iat: IssuedAtClaim(value: issuedAt),
                                   nonce: nonce, email: email)
        return try await keys.sign(claims, kid: JWKIdentifier(string: kid))
    }

    static func openSSLKey() throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        process.arguments = ["genrsa", "2048"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let pem = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: pem, as: UTF8.self)
    }

    private static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
