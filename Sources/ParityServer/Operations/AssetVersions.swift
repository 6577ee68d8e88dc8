import Foundation
import Leaf
import Vapor

/// Each public file's content hash, read once at start-up, so pages link to
/// `/css/parity.css?v=HASH` and browsers keep a file until it changes (issue 21): a new
/// release's stylesheet has a new address, so no one sees a page with yesterday's styles.
struct AssetVersions: Sendable {
    /// Path under the public folder ("css/parity.css") → the first 12 hex digits of its SHA-256.
    let versions: [String: String]

    init(publicDirectory: String) {
        var versions: [String: String] = [:]
        let root = URL(fileURLWithPath: publicDirectory, isDirectory: true).standardizedFileURL
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let file = files?.nextObject() as? URL {
            guard (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                  let data = FileManager.default.contents(atPath: file.path) else { continue }
            let path = String(file.standardizedFileURL.path.dropFirst(root.path.count + 1))
            versions[path] = String(SHA256.hash(data: data).hexString.prefix(12))
        }
        self.versions = versions
    }

    /// The address pages link to: the file's path with its version.
    func href(_ path: String) -> String {
        versions[path].map { "/\(path)?v=\($0)" } ?? "/\(path)"
    }
}

/// `#asset("css/parity.css")` in a template: the file's versioned address.
struct AssetTag: LeafTag {
    let versions: AssetVersions

    func render(_ ctx: LeafContext) throws -> LeafData {
        guard let path = ctx.parameters.first?.string else { throw "#asset needs the file's path under Public, like \"css/parity.css\"" }
        return .string(versions.href(path))
    }
}

/// Public files asked for at their current version are kept by browsers and proxies for a
/// year (`immutable`); at any other address they are revalidated each time, as the file at
/// a plain address may change with the next release.
struct AssetCacheMiddleware: AsyncMiddleware {
    let versions: AssetVersions

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        let path = String(request.url.path.drop { $0 == "/" })
        guard let version = versions.versions[path], response.status == .ok || response.status == .notModified else { return response }
        let current = (try? request.query.get(String.self, at: "v")) == version
        response.headers.replaceOrAdd(name: .cacheControl, value: current ? "public, max-age=31536000, immutable" : "no-cache")
        return response
    }
}

/// Compresses (gzip, when the client accepts it) only what holds no secret: the anonymous
/// public pages and documents (those the public page cache keeps: the same bytes for every
/// anonymous reader, the heaviest responses Parity sends) and the public files. Nothing else
/// is compressed — a signed-in page or a form holds a CSRF token, and compressing it beside
/// text an attacker chose would leak the token through the response's size (BREACH).
struct CompressionPolicyMiddleware: AsyncMiddleware {
    let versions: AssetVersions

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        let publicPage = response.headers.first(name: PublicPageCacheMiddleware.header) != nil
        let publicFile = versions.versions[String(request.url.path.drop { $0 == "/" })] != nil
        response.headers.responseCompression = publicPage || publicFile ? .enable : .disable
        return response
    }
}
