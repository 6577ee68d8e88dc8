import NIOConcurrencyHelpers
import Vapor

/// Pages and API documents as anonymous readers see them, kept by this instance while nothing
/// they were built from has changed. A kept page belongs to one value of the database's
/// `public-pages` stamp, which a trigger renews on every change to the tables these pages read
/// (`AddPublicPageTriggers`), whichever instance or command makes it; and to one minute, since
/// a few figures (a plan's expected share today, the last four quarters) follow the clock.
/// While a page is being built, other readers of it wait for it rather than build it again.
final class PublicPageCache: Sendable {
    /// A kept response as the route made it; the middleware outside the cache add what varies
    /// by reader (cookies, the request id).
    struct Page: Sendable {
        var status: HTTPResponseStatus
        var headers: HTTPHeaders
        var body: ByteBuffer

        func response() -> Response {
            Response(status: status, headers: headers, body: .init(buffer: body))
        }
    }

    private struct State {
        var version: PublicDataVersion
        var pages: [String: Page] = [:]
        var bytes = 0
        var building: [String: Task<Built, Error>] = [:]
    }

    /// A built response, and the page to keep when it may be kept.
    struct Built: Sendable {
        var response: Response
        var page: Page?
    }

    /// The most the kept pages may take up; beyond it every page is dropped and kept afresh.
    let maximumBytes: Int
    private let state = NIOLockedValueBox(State(version: PublicDataVersion(stamp: 0, minute: 0)))

    init(maximumBytes: Int = 64 * 1024 * 1024) {
        self.maximumBytes = maximumBytes
    }

    /// The page at `key` for `version`: the kept one, the one another reader is building, or
    /// the one `build` makes (kept when it returns a page). `build` runs at most once at a
    /// time per page and version; a reader whose wait ends without a page to share builds
    /// its own.
    func page(_ key: String, version: PublicDataVersion, build: @escaping @Sendable () async throws -> Built) async throws -> (Response, hit: Bool) {
        enum Found { case kept(Page), building(Task<Built, Error>), mine(Task<Built, Error>) }
        let found: Found = state.withLockedValue { state in
            if state.version != version { state = State(version: version) }
            if let page = state.pages[key] { return .kept(page) }
            if let task = state.building[key] { return .building(task) }
            let task = Task { try await build() }
            state.building[key] = task
            return .mine(task)
        }
        switch found {
        case let .kept(page):
            return (page.response(), true)
        case let .building(task):
            if let page = try? await task.value.page { return (page.response(), true) }
            return (try await build().response, false)
        case let .mine(task):
            let built: Built
            do {
                built = try await task.value
            } catch {
                state.withLockedValue { if $0.version == version { $0.building[key] = nil } }
                throw error
            }
            keep(built.page, at: key, version: version)
            return (built.response, false)
        }
    }

    private func keep(_ page: Page?, at key: String, version: PublicDataVersion) {
        state.withLockedValue { state in
            guard state.version == version else { return }
            state.building[key] = nil
            guard let page else { return }
            if state.bytes + page.body.readableBytes > maximumBytes { state = State(version: version) }
            state.pages[key] = page
            state.bytes += page.body.readableBytes
        }
    }
}

extension Application {
    private struct PublicPageCacheKey: StorageKey { typealias Value = PublicPageCache }

    /// The instance's cache of anonymous pages; set once by `configure`.
    var publicPageCache: PublicPageCache? {
        get { storage[PublicPageCacheKey.self] }
        set { storage[PublicPageCacheKey.self] = newValue }
    }
}
