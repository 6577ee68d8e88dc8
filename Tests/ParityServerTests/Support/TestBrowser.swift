import Foundation
import ParityCore
import VaporTesting
@testable import ParityServer

/// Drives the app as a browser would: keeps cookies between requests and sends the CSRF
/// token with every form.
final class TestBrowser: @unchecked Sendable {
    static let csrf = "test-csrf-token"
    let app: Application
    private(set) var cookies = HTTPCookies()

    init(_ app: Application) {
        self.app = app
        cookies[CSRFMiddleware.cookieName] = HTTPCookies.Value(string: Self.csrf)
    }

    @discardableResult
    func get(_ path: String, headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        try await send(.GET, path, headers: headers, body: nil)
    }

    /// Posts a form; the CSRF field is added unless `csrf` is nil.
    @discardableResult
    func post(_ path: String, form: [String: String], csrf: String? = TestBrowser.csrf, headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        try await post(path, fields: form.map { ($0.key, $0.value) }, csrf: csrf, headers: headers)
    }

    /// Posts a form whose fields may repeat a name, as checkboxes do (`themes[]`).
    @discardableResult
    func post(_ path: String, fields: [(String, String)], csrf: String? = TestBrowser.csrf, headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        let all = fields + (csrf.map { [(CSRFMiddleware.fieldName, $0)] } ?? [])
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        var headers = headers
        headers.replaceOrAdd(name: .contentType, value: "application/x-www-form-urlencoded")
        return try await send(.POST, path, headers: headers, body: ByteBuffer(string: body))
    }

    /// Posts a body as it is, URL-encoded form content type and no CSRF field added.
    @discardableResult
    func post(_ path: String, urlEncoded body: String) async throws -> TestingHTTPResponse {
        try await send(.POST, path, headers: ["Content-Type": "application/x-www-form-urlencoded"], body: ByteBuffer(string: body))
    }

    /// Uploads a file as the return upload form does, CSRF field and any `extraFields` included.
    @discardableResult
    func upload(_ bytes: [UInt8], fileName: String, to path: String = "/returns/upload", extraFields: [String: String] = [:]) async throws -> TestingHTTPResponse {
        let boundary = "parity-test-boundary"
        var body = ByteBuffer()
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(Self.csrf)\r\n")
        for (name, value) in extraFields.sorted(by: { $0.key < $1.key }) {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\nContent-Type: text/csv\r\n\r\n")
        body.writeBytes(bytes)
        body.writeString("\r\n--\(boundary)--\r\n")
        return try await send(.POST, path, headers: ["Content-Type": "multipart/form-data; boundary=\(boundary)"], body: body)
    }

    /// Signs in through the form, as a person would.
    @discardableResult
    func signIn(_ email: String, password: String = TestAccounts.password) async throws -> TestingHTTPResponse {
        try await post("/sign-in", form: ["email": email, "password": password])
    }

    private func send(_ method: HTTPMethod, _ path: String, headers: HTTPHeaders, body: ByteBuffer?) async throws -> TestingHTTPResponse {
        var headers = headers
        headers.cookie = cookies
        let response = try await app.testing().sendRequest(method, path, headers: headers, body: body)
        for (name, value) in response.headers.setCookie?.all ?? [:] {
            if let expires = value.expires, expires < Date() { cookies[name] = nil } else { cookies[name] = value }
        }
        return response
    }

    private static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}

/// Test users, one per role, all with the same password.
enum TestAccounts {
    static let password = "correct horse battery staple"

    static let admin = ("admin@test.invalid", RoleGrant(role: .regionalAdmin, scope: .region))
    static let panel = ("panel@test.invalid", RoleGrant(role: .panelMember, scope: .region))
    static let systemLead = ("lead@test.invalid", RoleGrant(role: .systemLead, scope: .system("S01")))
    static let dataLeadT01 = ("t01@test.invalid", RoleGrant(role: .organisationDataLead, scope: .organisation("T01")))
    static let dataLeadT02 = ("t02@test.invalid", RoleGrant(role: .organisationDataLead, scope: .organisation("T02")))
    static let networkLead = ("network@test.invalid", RoleGrant(role: .staffNetworkLead, scope: .system("S01")))

    static let all = [admin, panel, systemLead, dataLeadT01, dataLeadT02, networkLead]

    static func create(in app: Application) async throws {
        let hash = try app.password.hash(password)
        for (email, grant) in all {
            _ = try await AccountStore(database: app.db).createUser(email: email, displayName: email, passwordHash: hash, grant: grant, now: testNow)
        }
    }
}
