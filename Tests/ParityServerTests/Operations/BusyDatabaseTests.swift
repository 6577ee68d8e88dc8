import Testing
import VaporTesting
@testable import ParityServer

/// When every database connection stays busy longer than a request may wait, the reader is
/// told to try again (503 with `Retry-After`), as when SQLite is busy — never a server error.
@Suite struct BusyDatabaseTests {
    @Test(arguments: ["/busy-test", "/api/busy-test"])
    func aRequestThatWaitedTooLongForTheDatabaseIsAskedToTryAgain(path: String) async throws {
        try await withParity { app in
            app.get(path.split(separator: "/").map { PathComponent(stringLiteral: String($0)) }) { _ -> String in
                throw ConnectionPoolTimeoutError.connectionRequestTimeout
            }
            try await app.testing().test(.GET, path) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers.first(name: .retryAfter) == "5")
                #expect(response.body.string.contains("Try again in a moment"))
            }
        }
    }
}
