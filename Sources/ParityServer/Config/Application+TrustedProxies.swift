import Vapor

extension Application {
    private struct TrustedProxiesKey: StorageKey { typealias Value = Set<String> }

    /// The addresses of the reverse proxies in front of Parity (`PARITY_TRUSTED_PROXIES`):
    /// only a request arriving from one of them may say who the client is.
    var trustedProxies: Set<String> {
        get { storage[TrustedProxiesKey.self] ?? [] }
        set { storage[TrustedProxiesKey.self] = newValue }
    }
}

extension Request {
    /// The client's network address, which sign-in and reset throttles count against: the
    /// `X-Real-IP` a trusted proxy sets (nginx: `proxy_set_header X-Real-IP $remote_addr`)
    /// when the request comes from one, else the connection's peer. Behind a proxy that is
    /// not listed every request would share the proxy's address, and one client's failed
    /// attempts would throttle everyone; a header from anyone else is ignored, as a client
    /// could otherwise choose its own address and escape the throttle.
    var throttledAddress: String {
        let peer = remoteAddress?.ipAddress
        if let peer, application.trustedProxies.contains(peer),
           let forwarded = headers.first(name: "X-Real-IP")?.trimmingCharacters(in: .whitespaces), !forwarded.isEmpty, forwarded.count <= 45,
           forwarded.allSatisfy({ $0.isHexDigit || $0 == "." || $0 == ":" }) {
            return forwarded
        }
        return peer ?? "unknown"
    }
}
