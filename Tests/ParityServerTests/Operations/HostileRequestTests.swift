import Foundation
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import ParityCore
import Testing
import VaporTesting
@testable import ParityServer

/// Requests built to exhaust the server (issue 19): a form of many repeated fields, which the
/// framework's decoder takes quadratic time over, and uploads from people who may not upload.
@Suite struct HostileRequestTests {
    /// 255 KB of `x[]=&`: under the form limit, 51,000 fields; it took 12.5 s to decode.
    static let manyFields = String(repeating: "x[]=&", count: 51_000)

    @Test(arguments: ["/sign-in", "/challenges", "/voice/any-link", "/pulse/any-survey"])
    func aFormOfManyFieldsIsRefusedUndecodedFromAnyone(_ path: String) async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let signedIn = TestBrowser(app)
            try await signedIn.signIn(TestAccounts.systemLead.0)
            let body = path.hasPrefix("/voice/") || path.hasPrefix("/pulse/") ? String(Self.manyFields.prefix(60_000)) : Self.manyFields
            for browser in [TestBrowser(app), signedIn] {
                // when
                let refused = try await browser.post(path, urlEncoded: body)
                // then refused by its count of fields, which is checked before anything decodes
                // the form (the CSRF check and the handler come after)
                #expect(refused.status == .payloadTooLarge)
                #expect(refused.body.string.contains("more than \(FormBody.maximumFields) fields"))
            }
        }
    }

    @Test func aQueryOfManyFieldsIsRefused() async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            // when
            let refused = try await TestBrowser(app).get("/returns/template.csv?" + String(repeating: "x[]=&", count: FormBody.maximumFields))
            // then
            #expect(refused.status == .payloadTooLarge)
        }
    }

    @Test func aFormAtTheFieldLimitIsStillRead() async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.networkLead.0)
            let padding = (1..<(FormBody.maximumFields - 1)).map { ("pad\($0)", "x") }
            // when
            let refused = try await lead.post("/systems/S01/pulse", fields: padding + [("title", "")])
            // then: the form was decoded and checked, not refused for its size
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Enter a title"))
        }
    }

    /// A raw client declares a 20 MB upload and sends only its first 64 KB: the refusal comes
    /// back while the rest is unsent, so nothing waited for (or held) the body.
    @Test(arguments: [nil, TestAccounts.networkLead.0])
    func anUploadFromSomeoneWhoMayNotUploadIsRefusedBeforeItsBodyIsRead(_ email: String?) async throws {
        try await withParity { app in
            // given
            try await TestRegion.create(on: app.db)
            try await TestAccounts.create(in: app)
            let browser = TestBrowser(app)
            if let email { try await browser.signIn(email) }
            let session = browser.cookies[SessionMiddleware.cookieName]?.string
            try await app.http.server.shared.start(address: .hostname("127.0.0.1", port: 0))
            let port = try #require(app.http.server.shared.localAddress?.port)
            // when
            let head = "POST /returns/upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                + "Content-Length: \(20 * 1024 * 1024)\r\nCookie: \(CSRFMiddleware.cookieName)=\(TestBrowser.csrf)"
                + (session.map { "; \(SessionMiddleware.cookieName)=\($0)" } ?? "") + "\r\n\r\n"
            let answer = await RawHTTP.firstResponseLine(port: port, send: Array(head.utf8) + Array(repeating: UInt8(ascii: "a"), count: 64 * 1024))
            await app.http.server.shared.shutdown()
            // then
            #expect(answer == "HTTP/1.1 403 Forbidden")
            #expect(try await ReturnVersionRow.query(on: app.db).count() == 0)
        }
    }
}

/// A client that sends bytes and reads the first line of the answer; nil when none comes
/// within 50 s (the server closes a connection idle for 60 s): enough to show the server
/// answered without waiting for a body it was promised.
enum RawHTTP {
    struct NoAnswer: Error {}

    /// Blocks a thread of its own, never one the server's async code needs.
    static func firstResponseLine(port: Int, send bytes: [UInt8]) async -> String? {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: try? blockingFirstResponseLine(port: port, send: bytes)) }
        }
    }

    private static func blockingFirstResponseLine(port: Int, send bytes: [UInt8]) throws -> String {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port)).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw NoAnswer() }
        var timeout = timeval(tv_sec: 50, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let read = recv(fd, &buffer, buffer.count, 0)
        guard read > 0 else { throw NoAnswer() }
        return String(decoding: buffer[..<read], as: UTF8.self).components(separatedBy: "\r\n")[0]
    }
}
