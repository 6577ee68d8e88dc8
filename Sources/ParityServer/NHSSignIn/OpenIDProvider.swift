import JWTKit
import NIOCore
import Vapor

/// The OpenID provider as this Parity instance knows it: its discovery document, fetched on
/// first use, and its signing keys (JWKS), kept in memory. A token naming a key Parity has not
/// seen makes it fetch the keys again (the provider rotated them), at most once a minute, so
/// tokens naming made-up keys cannot make Parity hammer the provider.
actor OpenIDProvider {
    /// The parts of the discovery document Parity uses (OpenID Connect Discovery 1.0, §3).
    struct Metadata: Content {
        var issuer: String
        var authorizationEndpoint: String
        var tokenEndpoint: String
        var jwksURI: String

        enum CodingKeys: String, CodingKey {
            case issuer
            case authorizationEndpoint = "authorization_endpoint"
            case tokenEndpoint = "token_endpoint"
            case jwksURI = "jwks_uri"
        }
    }

    static let keyRefetchInterval: TimeInterval = 60
    /// A provider that does not answer must not hold a sign-in (and its connection) for long.
    static let requestTimeout = TimeAmount.seconds(10)

    let settings: NHSSignInSettings
    private var metadata: Metadata?
    private var keys = JWTKeyCollection()
    private var keyIDs: Set<String> = []
    private var keysFetchedAt: Date?

    init(settings: NHSSignInSettings) {
        self.settings = settings
    }

    /// The discovery document, fetched once; its `issuer` must be the configured one.
    func discovery(client: any Client) async throws -> Metadata {
        if let metadata { return metadata }
        let response = try await client.get(URI(string: settings.issuer + "/.well-known/openid-configuration")) { $0.timeout = Self.requestTimeout }
        guard response.status == .ok else { throw Abort(.badGateway, reason: "The OpenID provider's discovery document answered \(response.status.code)") }
        let fetched = try response.content.decode(Metadata.self)
        guard fetched.issuer == settings.issuer else {
            throw Abort(.badGateway, reason: "The OpenID provider calls itself \(fetched.issuer), not PARITY_OIDC_ISSUER \(settings.issuer)")
        }
        metadata = fetched
        return fetched
    }

    /// Exchanges an authorisation code (with its PKCE verifier) for the ID token, with the
    /// client secret in HTTP Basic authentication (RFC 6749, §2.3.1).
    nonisolated func idToken(code: String, verifier: String, redirectURI: String, client: any Client) async throws(NHSSignInRefusal) -> String {
        struct TokenResponse: Content { var id_token: String }
        do {
            let metadata = try await discovery(client: client)
            let basic = BasicAuthorization(username: Self.formEncoded(settings.clientID), password: Self.formEncoded(settings.clientSecret))
            let form = ["grant_type": "authorization_code", "code": code, "redirect_uri": redirectURI,
                        "client_id": settings.clientID, "code_verifier": verifier]
            let response = try await client.post(URI(string: metadata.tokenEndpoint)) { request in
                request.timeout = Self.requestTimeout
                request.headers.basicAuthorization = basic
                try request.content.encode(form, as: .urlEncodedForm)
            }
            guard response.status == .ok else { throw NHSSignInRefusal.tokenRequestFailed }
            return try response.content.decode(TokenResponse.self).id_token
        } catch {
            throw .tokenRequestFailed
        }
    }

    /// The token's claims once its RS256 signature is verified against the provider's keys.
    /// A token without `kid` is accepted only while the provider publishes a single key
    /// (OpenID Connect Core 1.0, §10.1), as some providers do.
    func verifiedClaims(_ token: String, client: any Client, now: Date) async throws(NHSSignInRefusal) -> IDTokenClaims {
        guard let header = Self.header(of: token), header.alg == "RS256" else { throw .malformedToken }
        let known = header.kid.map(keyIDs.contains) ?? (keysFetchedAt != nil)
        if !known, keysFetchedAt.map({ now.timeIntervalSince($0) >= Self.keyRefetchInterval }) ?? true {
            do { try await fetchKeys(client: client, now: now) } catch { throw .unknownKey }
        }
        guard header.kid.map(keyIDs.contains) ?? (keyIDs.count == 1) else { throw .unknownKey }
        do {
            return try await keys.verify(token, as: IDTokenClaims.self)
        } catch let error as JWTError where error.errorType == .malformedToken {
            throw .malformedToken
        } catch {
            throw .badSignature
        }
    }

    private func fetchKeys(client: any Client, now: Date) async throws {
        keysFetchedAt = now
        let response = try await client.get(URI(string: try await discovery(client: client).jwksURI)) { $0.timeout = Self.requestTimeout }
        guard response.status == .ok else { throw Abort(.badGateway) }
        let jwks = try response.content.decode(JWKS.self)
        // A new collection, so keys the provider has withdrawn stop working here too.
        let fresh = JWTKeyCollection()
        var ids: Set<String> = []
        for key in jwks.keys where key.keyType == .rsa {
            guard let kid = key.keyIdentifier?.string, (try? await fresh.add(jwk: key)) != nil else { continue }
            ids.insert(kid)
        }
        (keys, keyIDs) = (fresh, ids)
    }

    private struct Header: Decodable {
        var alg: String
        var kid: String?
    }

    private static func header(of token: String) -> Header? {
        guard let first = token.split(separator: ".", omittingEmptySubsequences: false).first else { return nil }
        var base64 = first.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        return Data(base64Encoded: base64).flatMap { try? JSONDecoder().decode(Header.self, from: $0) }
    }

    private static func formEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? text
    }
}

extension Application {
    private struct OpenIDProviderKey: StorageKey { typealias Value = OpenIDProvider }
    private struct PasswordSignInKey: StorageKey { typealias Value = Bool }

    /// The NHS sign-in provider; nil when `PARITY_OIDC_*` is not configured.
    var openIDProvider: OpenIDProvider? {
        get { storage[OpenIDProviderKey.self] }
        set { storage[OpenIDProviderKey.self] = newValue }
    }

    /// Whether the password form signs people in (`PARITY_PASSWORD_SIGN_IN`).
    var passwordSignIn: Bool {
        get { storage[PasswordSignInKey.self] ?? true }
        set { storage[PasswordSignInKey.self] = newValue }
    }
}
