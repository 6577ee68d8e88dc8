import ParityCore
import Vapor

/// Refuses an upload from anyone who may not import returns before its body is read: the
/// body limit and CSRF check collect up to the upload limit (20 MB by default), so anonymous
/// uploads would otherwise hold that much memory each before being turned away (issue 19).
/// Runs after the session is recognised and before `BodyLimitMiddleware`.
struct UploadGateMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        if request.method == .POST, request.url.path == SitePath.returnsUpload.href {
            guard request.signedIn != nil else { throw ParityError.forbidden("Sign in to upload a return.") }
            guard AccessPolicy.mayAnywhere(request.actor, .importReturn) else {
                throw ParityError.forbidden("You may not import returns: only organisations' data leads and regional admins may.")
            }
        }
        return try await next.respond(to: request)
    }
}
