import Foundation

/// Where NHS staff sign in (their NHSmail accounts live in Microsoft Entra ID) and who Parity
/// is to that provider. The issuer is the provider's address exactly as its discovery
/// document and ID tokens state it, such as `https://login.microsoftonline.com/<tenant>/v2.0`.
public struct NHSSignInSettings: Sendable, Equatable {
    public var issuer: String
    public var clientID: String
    public var clientSecret: String

    public init(issuer: String, clientID: String, clientSecret: String) {
        var issuer = issuer
        while issuer.hasSuffix("/") { issuer.removeLast() }
        self.issuer = issuer
        self.clientID = clientID
        self.clientSecret = clientSecret
    }

    /// The three `PARITY_OIDC_*` variables: all of them, or none (NHS sign-in off).
    static func fromEnvironment(_ environment: [String: String]) throws(ConfigurationError) -> NHSSignInSettings? {
        let names = ["PARITY_OIDC_ISSUER", "PARITY_OIDC_CLIENT_ID", "PARITY_OIDC_CLIENT_SECRET"]
        let values = names.map { environment[$0].flatMap { $0.isEmpty ? nil : $0 } }
        if values.allSatisfy({ $0 == nil }) { return nil }
        if let missing = zip(names, values).first(where: { $0.1 == nil })?.0 {
            throw .invalid(missing, "must be set too: NHS sign-in needs PARITY_OIDC_ISSUER, PARITY_OIDC_CLIENT_ID and PARITY_OIDC_CLIENT_SECRET")
        }
        guard let url = URLComponents(string: values[0]!), let scheme = url.scheme?.lowercased(), url.host?.isEmpty == false,
              scheme == "https" || (scheme == "http" && ["127.0.0.1", "localhost", "::1"].contains(url.host!))
        else {
            throw .invalid("PARITY_OIDC_ISSUER", "must be an https address (http only on loopback, for tests), like https://login.microsoftonline.com/<tenant>/v2.0")
        }
        return NHSSignInSettings(issuer: values[0]!, clientID: values[1]!, clientSecret: values[2]!)
    }
}
