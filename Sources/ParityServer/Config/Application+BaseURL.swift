import Vapor

extension Application {
    private struct BaseURLKey: StorageKey { typealias Value = String }

    /// Where every absolute link Parity writes points (mail, invitation and share links):
    /// `PARITY_BASE_URL`, or this server on loopback when it is not set. Never the request's
    /// `Host` header, which whoever sends the request chooses: a password reset asked for with
    /// `Host: evil.example` would mail the victim a link to that site.
    var baseURL: String {
        get { storage[BaseURLKey.self] ?? "http://127.0.0.1:\(http.server.configuration.port)" }
        set { storage[BaseURLKey.self] = newValue }
    }
}

extension Request {
    /// An absolute link to a path of this site, for emails and links to pass on.
    func absoluteURL(_ path: String) -> String {
        application.baseURL + path
    }
}
