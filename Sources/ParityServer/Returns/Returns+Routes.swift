import ParityCore
import Vapor

/// Return upload (the web route of `parity import returns`), the template and the history.
struct ReturnRoutes: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let returns = routes.grouped("returns")
        returns.get("upload", use: uploadForm)
        returns.on(.POST, "upload", body: .collect, use: upload)
        returns.get("template.csv", use: template)
        returns.get("template.xlsx", use: workbookTemplate)
        routes.get("organisations", ":code", "history", use: history)
    }

    func uploadForm(req: Request) async throws -> Response {
        guard req.signedIn != nil else { return req.redirect(to: SitePath.signIn.href + "?next=" + SitePath.returnsUpload.href) }
        return try await req.view.render("returns-upload", UploadPage(chrome: try await req.chrome(title: "Upload a return"))).encodeResponse(for: req)
    }

    func upload(req: Request) async throws -> Response {
        guard let user = req.signedIn else { throw ParityError.forbidden("Sign in to upload a return.") }
        let form = try req.content.decode(UploadFormDTO.self)
        // A browser sends a nameless, empty file part when none was chosen.
        guard let file = form.file, !(file.filename.isEmpty && file.data.readableBytes == 0) else {
            var page = UploadPage(chrome: try await req.chrome(title: "Error: upload a return"))
            page.fileError = "Choose a file to upload: the return as an Excel workbook or a CSV file."
            return try await req.view.render("returns-upload", page).encodeResponse(status: .unprocessableEntity, for: req)
        }
        let bytes = Array(file.data.readableBytesView)
        let fileName = file.filename.isEmpty ? "upload.csv" : file.filename
        do {
            let receipt = try await ReturnImporter(database: req.db, now: req.now, actor: user.actor, auditName: user.email)
                .importFile(bytes, fileName: fileName, narrative: form.narrative, changeReason: form.reason)
            req.logger.notice("Imported \(fileName): \(receipt.versions.count) returns")
            let page = UploadResultPage(chrome: try await req.chrome(title: "Return imported"), receipt: ReceiptView(receipt))
            return try await req.view.render("returns-imported", page).encodeResponse(for: req)
        } catch let failure as ImportFailure {
            var page = UploadPage(chrome: try await req.chrome(title: "Error: upload a return"))
            page.failure = ImportFailureView(failure, bytes: bytes)
            let response = try await req.view.render("returns-upload", page).encodeResponse(for: req)
            response.status = .unprocessableEntity
            return response
        } catch let ParityError.invalidInput(message) where message.contains("signed off") {
            var page = UploadPage(chrome: try await req.chrome(title: "Error: upload a return"))
            page.reasonError = message
            return try await req.view.render("returns-upload", page).encodeResponse(status: .unprocessableEntity, for: req)
        }
    }

    func template(req: Request) async throws -> Response {
        let (standard, year) = try templateFor(req)
        let csv = ReturnTemplate.csv(standard: standard, organisation: templateOrganisation(req), year: year)
        return CSVResponse.make(file: csv, fileName: "\(standard.rawValue.lowercased())-return-template.csv")
    }

    /// The return as a workbook: an Instructions sheet and a sheet per indicator (issue 9).
    func workbookTemplate(req: Request) async throws -> Response {
        let (standard, year) = try templateFor(req)
        let workbook = ReturnWorkbook.template(standard: standard, organisation: templateOrganisation(req), year: year)
        return try WorkbookResponse.make(workbook, fileName: "\(standard.rawValue.lowercased())-return-template.xlsx")
    }

    /// The organisation a template is filled in for: the signed-in data lead's own; for anyone
    /// else, who may import for several or none, an example code to replace.
    private func templateOrganisation(_ req: Request) -> String {
        req.actor.ledOrganisations.first ?? ReturnTemplate.exampleOrganisation
    }

    /// The standard asked for (`?standard=`, WRES unless given) and the year templates are for.
    private func templateFor(_ req: Request) throws -> (Standard, Int) {
        let requested = req.query[String.self, at: "standard"] ?? "WRES"
        guard let standard = Standard(rawValue: requested.uppercased()) else {
            throw ParityError.invalidInput("There is no template for \(requested); choose WRES or WDES.")
        }
        return (standard, DemoSeeder(database: req.db, now: req.now).latestYear)
    }

    func history(req: Request) async throws -> View {
        let code = try req.parameters.require("code")
        guard let organisation = try await StructureStore(database: req.db).organisation(code: code) else {
            throw ParityError.notFound("No organisation has the code \(code).")
        }
        let systemCode = try await req.currentStructure().organisation(code: code)?.systemCode
        try req.require(.readUnsuppressed, on: .organisation(code: code, systemCode: systemCode))
        let versions = try await ReturnStore(database: req.db).history(organisationID: organisation.id!)
        let chrome = try await req.chrome(title: "Return history: \(organisation.name)", breadcrumbs: [
            .init(label: "Region", href: SitePath.region().href),
            .init(label: organisation.name, href: SitePath.organisation(code).href),
        ])
        return try await req.view.render("returns-history", HistoryPage(chrome: chrome, organisation: organisation.name, code: code, versions: versions.map(VersionView.init)))
    }
}

struct UploadFormDTO: Content {
    /// Missing, or empty and nameless, when no file was chosen.
    var file: File?
    /// WDES metric 9b's narrative, for a file holding one WDES return.
    var narrative: String?
    /// Why a signed-off return is being changed.
    var reason: String?
}
