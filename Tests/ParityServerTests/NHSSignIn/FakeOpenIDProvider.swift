import Foundation
import JWTKit
import Testing
import Vapor
@testable import ParityServer

/// A provider the test controls, for ID tokens a real provider never issues (expired, for
/// someone else, badly signed) and for rotating its keys: discovery, JWKS (counting its
/// requests) and a token endpoint answering with `nextToken`, on a loopback port, with test
/// RSA keys made by `openssl`.
final class FakeOpenIDProvider: @unchecked Sendable {
    let app: Application
    /// The keys the JWKS publishes, by key ID.
    var published: [String: JWTKit.Insecure.RSA.PrivateKey] = [:]
    var issuer = ""
    var nextToken = ""
    var jwksRequests = 0

    init() async throws {
        app = try await Application.make(.testing)
        published["fake-key"] = try JWTKit.Insecure.RSA.PrivateKey(pem: try Self.openSSLKey())
        app.get(".well-known", "openid-configuration") { [unowned self] _ in
            Response(status: .ok, headers: ["Content-Type": "application/json"], body: .init(string: """
            {"issuer":"\(issuer)","authorization_endpoint":"\(issuer)/authorize","token_endpoint":"\(issuer)/token","jwks_uri":"\(issuer)/jwks"}
            """))
        }
        app.get("jwks") { [unowned self] _ in
            jwksRequests += 1
            let keys = try published.map { kid, key in
                let (modulus, exponent) = try key.publicKey.getKeyPrimitives()
                return #"{"kty":"RSA","alg":"RS256","use":"sig","kid":"\#(kid)","n":"\#(SecretToken.base64URL(modulus))","e":"\#(SecretToken.base64URL(exponent))"}"#
            }
            return Response(status: .ok, headers: ["Content-Type": "application/json"], body: .init(string: #"{"keys":[\#(keys.joined(separator: ","))]}"#))
        }
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

    /// An ID token for `email` naming the key `kid`, signed by that key unless `signer` is given.
    func token(email: String, audience: String, nonce: String, issuedAt: Date, kid: String = "fake-key",
               signer: JWTKit.Insecure.RSA.PrivateKey? = nil) async throws -> String {
        let keys = JWTKeyCollection()
        await keys.add(rsa: try #require(signer ?? published[kid]), digestAlgorithm: .sha256, kid: JWKIdentifier(string: kid))
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
}
