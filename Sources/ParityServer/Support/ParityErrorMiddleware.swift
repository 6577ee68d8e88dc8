import Fluent
import FluentSQLiteDriver
import ParityCore
import Vapor

/// Maps every error to HTTP in one place: a friendly HTML page for browsers, a JSON problem
/// (RFC 9457) for the API. Messages of unexpected errors are logged, never shown.
struct ParityErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch let stale as StaleEdit where !request.wantsJSON {
            return try await conflictPage(stale, for: request)
        } catch {
            let problem = Problem(error)
            if problem.status == .internalServerError {
                request.logger.report(error: error)
            }
            let response = try await render(problem, for: request)
            if problem.status == .serviceUnavailable {
                response.headers.replaceOrAdd(name: .retryAfter, value: "5")
            }
            return response
        }
    }

    /// The record as saved now beside the fields the person sent (never the CSRF token or the
    /// version), so they can see what changed and apply their change again.
    private func conflictPage(_ stale: StaleEdit, for request: Request) async throws -> Response {
        let fields = (try? request.content.decode([String: String].self)) ?? [:]
        let sent = fields.filter { ![CSRFMiddleware.fieldName, "version"].contains($0.key) && !$0.value.isEmpty }
            .sorted { $0.key < $1.key }
            .map { StaleEdit.Line(label: $0.key, value: $0.value) }
        let page = ConflictPage(chrome: try await request.chrome(title: "Someone else changed this"), message: stale.message,
                                current: stale.current, sent: sent, pageHref: stale.pageHref)
        return try await request.view.render("conflict", page).encodeResponse(status: .conflict, for: request)
    }

    private func render(_ problem: Problem, for request: Request) async throws -> Response {
        if request.wantsJSON {
            let response = Response(status: problem.status)
            try response.content.encode(problem.json, using: JSONEncoder())
            response.headers.contentType = HTTPMediaType(type: "application", subType: "problem+json")
            return response
        }
        let chrome = (try? await request.chrome(title: problem.title))
            ?? PageChrome(title: problem.title, isDemo: false, breadcrumbs: [])
        let response = try await request.view.render("error", ErrorPage(chrome: chrome, problem: problem.json, issues: problem.issues,
                                                                          signInHref: problem.status == .forbidden && request.signedIn == nil ? SitePath.signIn.href + "?next=" + request.url.path : nil)).encodeResponse(for: request)
        response.status = problem.status
        return response
    }
}

/// An error as the user reads it.
struct Problem {
    var status: HTTPResponseStatus
    var title: String
    var detail: String
    var issues: [String] = []

    init(_ error: Error) {
        switch error {
        case let error as ParityError:
            switch error {
            case .notFound: (status, title) = (.notFound, "Page not found")
            case .invalidInput: (status, title) = (.unprocessableEntity, "There is a problem")
            case .forbidden: (status, title) = (.forbidden, "You cannot do this")
            case .conflict: (status, title) = (.conflict, "Someone else changed this")
            }
            detail = error.description
        case let stale as StaleEdit:
            (status, title, detail) = (.conflict, "Someone else changed this", stale.message)
        case let error as any DatabaseError where error.isConstraintFailure:
            // Two people saved the same thing at once and the database kept one (a unique key).
            (status, title) = (.conflict, "Someone else changed this")
            detail = "Someone else saved the same thing at the same moment, so yours was not saved. Reload the page to see theirs, then try again."
        case let error as SQLiteError where [.busy, .busyInSnapshot, .busyTimeout, .locked].contains(error.reason):
            // A write transaction met another one on the embedded database; trying again works.
            (status, title) = (.serviceUnavailable, "Busy: please try again")
            detail = "Parity was busy saving someone else's change, so yours was not saved. Try again in a moment."
        case is ConnectionPoolTimeoutError:
            // Every database connection stayed busy (long writes queued behind each other) for
            // longer than a request may wait: nothing of this request was written.
            (status, title) = (.serviceUnavailable, "Busy: please try again")
            detail = "Parity is busy saving other changes, so yours was not saved. Try again in a moment."
        case let failure as ImportFailure:
            (status, title) = (.unprocessableEntity, "The file was not imported")
            detail = "Nothing was saved. Fix every problem below and upload the file again."
            issues = failure.issues.map(\.description) + (failure.omittedCount > 0 ? ["…and \(failure.omittedCount) more problems"] : [])
        case let problems as PopulationFileProblems:
            (status, title) = (.unprocessableEntity, "The file was not imported")
            detail = "Nothing was saved. Fix every problem below and try again."
            issues = problems.messages
        case let abort as AbortError:
            status = abort.status
            title = switch abort.status {
            case .notFound: "Page not found"
            case .payloadTooLarge: "Too large to accept"
            default: abort.status.reasonPhrase
            }
            detail = abort.status == .notFound ? "No page is at this address." : abort.reason
        default:
            (status, title) = (.internalServerError, "Sorry, there is a problem with the service")
            detail = "Try again later. Nothing you entered was saved."
        }
    }

    var json: ProblemJSON {
        ProblemJSON(status: Int(status.code), title: title, detail: detail, issues: issues.isEmpty ? nil : issues)
    }
}

struct ProblemJSON: Content {
    var status: Int
    var title: String
    var detail: String
    var issues: [String]?
}

struct ErrorPage: Encodable {
    var chrome: PageChrome
    var problem: ProblemJSON
    var issues: [String]
    /// Offered when a signed-out visitor is refused something signing in might allow.
    var signInHref: String?
}

extension Request {
    /// API paths and clients that ask for JSON get JSON; people get pages.
    var wantsJSON: Bool {
        url.path.hasPrefix("/api/") || headers.accept.mediaTypes.first == .json
    }
}
