import NIOConcurrencyHelpers
import Vapor

/// Pages and API documents as anonymous readers see them, kept by this instance while nothing
/// they were built from has changed. A kept page belongs to one value of the database's
/// `public-pages` stamp, which a trigger renews on every change to the tables these pages read
/// (`AddChangeTriggers`), whichever instance or command makes it; and to the minute it was
/// built in, since a few figures follow the clock (a plan's expected share today, the last
/// four quarters).
///
/// While a page is being built, other readers of it wait for it rather than build it again.
/// When only the clock has moved on, readers get the page of the minute before while this
/// minute's is built, so the turn of a minute never makes them wait; a change of stamp always
/// does.
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

    /// A built response, and the page to keep when it may be kept.
    struct Built: Sendable {
        var response: Response
        var page: Page?
    }

    private struct Kept {
        var page: Page
        var minute: Int
    }

    private struct State {
        var stamp: Int
        var pages: [String: Kept] = [:]
        var bytes = 0
        var building: [String: Task<Built, Error>] = [:]
    }

    /// The most the kept pages may take up; beyond it every page is dropped and kept afresh.
    let maximumBytes: Int
    private let state = NIOLockedValueBox(State(stamp: 0))
    /// Every build still running, whatever its stamp: a build outlives the request that started
    /// it when that reader was served the page of the minute before, and the application must
    /// not close its database under it (`finishBuilding`).
    private let running = NIOLockedValueBox([UUID: Task<Built, Error>]())

    init(maximumBytes: Int = 64 * 1024 * 1024) {
        self.maximumBytes = maximumBytes
    }

    /// The page at `key` for `version`: the kept one, the one another reader is building, or
    /// the one `build` makes (kept when it returns a page). `build` runs at most once at a
    /// time per page; a reader whose wait ends without a page to share builds its own.
    func page(_ key: String, version: PublicDataVersion, build: @escaping @Sendable () async throws -> Built) async throws -> (Response, hit: Bool) {
        enum Found { case kept(Page), building(Task<Built, Error>), mine(Task<Built, Error>) }
        let found: Found = state.withLockedValue { state in
            if state.stamp != version.stamp { state = State(stamp: version.stamp) }
            let kept = state.pages[key]
            if let kept, kept.minute >= version.minute { return .kept(kept.page) }
            if let task = state.building[key] {
                return kept.map { $0.minute == version.minute - 1 ? .kept($0.page) : .building(task) } ?? .building(task)
            }
            let task = building(key, version: version, build: build, in: &state)
            if let kept, kept.minute == version.minute - 1 { return .kept(kept.page) }
            return .mine(task)
        }
        switch found {
        case let .kept(page):
            return (page.response(), true)
        case let .building(task):
            if let page = try? await task.value.page { return (page.response(), true) }
            return (try await build().response, false)
        case let .mine(task):
            return (try await task.value.response, false)
        }
    }

    /// Starts building the page at `key`; the page is kept when it is built.
    private func building(_ key: String, version: PublicDataVersion, build: @escaping @Sendable () async throws -> Built,
                          in state: inout State) -> Task<Built, Error> {
        let id = UUID()
        // Registered under the lock the task takes to leave, so it cannot leave first.
        let task = running.withLockedValue { running in
            let task = Task {
                defer { self.running.withLockedValue { $0[id] = nil } }
                do {
                    let built = try await build()
                    keep(built.page, at: key, version: version)
                    return built
                } catch {
                    keep(nil, at: key, version: version)
                    throw error
                }
            }
            running[id] = task
            return task
        }
        state.building[key] = task
        return task
    }

    /// Waits for every build still running; called as the application shuts down.
    func finishBuilding() async {
        for task in running.withLockedValue({ Array($0.values) }) {
            _ = try? await task.value
        }
    }

    private func keep(_ page: Page?, at key: String, version: PublicDataVersion) {
        state.withLockedValue { state in
            guard state.stamp == version.stamp else { return }
            state.building[key] = nil
            guard let page, (state.pages[key]?.minute ?? .min) < version.minute else { return }
            if state.bytes + page.body.readableBytes > maximumBytes { state = State(stamp: version.stamp) }
            state.bytes += page.body.readableBytes - (state.pages[key]?.page.body.readableBytes ?? 0)
            state.pages[key] = Kept(page: page, minute: version.minute)
        }
    }
}

/// Lets the page cache's builds finish before the application closes its databases.
struct PublicPageCacheShutdown: LifecycleHandler {
    func shutdownAsync(_ application: Application) async {
        await application.publicPageCache?.finishBuilding()
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
