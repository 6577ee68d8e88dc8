import Foundation
import Testing
import Vapor

/// A real OpenID provider on loopback: `oidc-provider-mock` (PyPI), from e2e/.venv (which
/// `make test` and `.ci/run` make) or `$PARITY_OIDC_PROVIDER_MOCK`. The signed-in person is
/// whoever the test types into its authorisation form (`sub`; their `email` claim is the same).
final class OpenIDProviderMock: @unchecked Sendable {
    let issuer: String
    private let process: Process

    /// The executable, or nil (and the tests that need it are skipped with this reason).
    static var executable: String? {
        if let path = ProcessInfo.processInfo.environment["PARITY_OIDC_PROVIDER_MOCK"] { return path }
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let path = checkout.appendingPathComponent("e2e/.venv/bin/oidc-provider-mock").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    static let missing = "oidc-provider-mock is not installed: run `bash e2e/venv.sh` (make test does) or set PARITY_OIDC_PROVIDER_MOCK"

    init(client: any Client, arguments: [String] = []) async throws {
        let executable = try #require(Self.executable, Comment(rawValue: Self.missing))
        for _ in 1...5 {
            let port = Int.random(in: 20_000...40_000)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["-p", String(port)] + arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let issuer = "http://127.0.0.1:\(port)"
            for _ in 1...100 where process.isRunning {
                if let response = try? await client.get(URI(string: issuer + "/.well-known/openid-configuration")), response.status == .ok {
                    self.issuer = issuer
                    self.process = process
                    return
                }
                try await Task.sleep(for: .milliseconds(100))
            }
            Self.kill(process)
        }
        throw Abort(.internalServerError, reason: "oidc-provider-mock did not start")
    }

    func stop() {
        Self.kill(process)
    }

    /// SIGKILL: started from the test process, the provider was seen to outlive SIGTERM, and
    /// nothing of it needs to be kept.
    private static func kill(_ process: Process) {
        guard process.isRunning else { return }
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Signs `email` in at the provider's form (the URL Parity redirected to) and returns the
    /// path and query the provider sends the browser back to.
    func authorize(_ authorizeURL: String, as email: String, client: any Client) async throws -> String {
        let response = try await client.post(URI(string: authorizeURL)) { request in
            try request.content.encode(["sub": email], as: .urlEncodedForm)
        }
        let location = try #require(response.headers.first(name: .location), "the provider answered \(response.status)")
        let url = try #require(URLComponents(string: location))
        return url.path + "?" + (url.percentEncodedQuery ?? "")
    }
}
