import Foundation
import ParityCore
import Vapor

/// `parity report pdf`: a board report rendered in-process, as the web page would be, written
/// to a temporary file that loads Parity's own stylesheets from its Public folder, and
/// printed to PDF by headless Chromium. The command line has the whole database, so the
/// report is unrestricted unless `publicView` asks for the published figures.
struct BoardReportPDF {
    let app: Application

    /// Writes the report of `scope` and `year` (the newest when nil) to `output` and returns
    /// its number of pages.
    func render(_ scope: PageScope, year: Int?, publicView: Bool, to output: URL) async throws -> Int {
        guard let chromium = Chromium.find() else { throw ParityError.notFound(Chromium.missing) }
        let stylesheet = app.directory.publicDirectory + "css/report.css"
        guard FileManager.default.fileExists(atPath: stylesheet) else {
            throw ParityError.notFound("Parity's stylesheets are not at \(stylesheet): run parity from the folder that holds Public/ and Resources/.")
        }
        let request = Request(application: app, url: URI(path: SitePath.boardReport(scope, year: year).href), on: app.eventLoopGroup.next())
        if !publicView {
            request.signedIn = SignedInUser(id: UUID(), email: CommandLineOperator.auditName, displayName: CommandLineOperator.auditName,
                                            actor: .commandLine, sessionID: nil)
        }
        var report = try await BoardReportBuilder(req: request).build(scope, requestedYear: year)
        report.assetBase = URL(fileURLWithPath: app.directory.publicDirectory, isDirectory: true).absoluteString
        let html = try await request.view.render("report/board", report)
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("parity-report-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: workspace) }
        let page = workspace.appendingPathComponent("report.html")
        try Data(buffer: html.data).write(to: page)
        try? FileManager.default.removeItem(at: output)
        try await chromium.printToPDF(page, output: output, workspace: workspace)
        let pdf = try Data(contentsOf: output)
        guard pdf.starts(with: Data("%PDF".utf8)) else { throw ParityError.conflict("Chromium wrote \(output.path), but it is not a PDF.") }
        return PDFPages.count(pdf)
    }
}

/// Counts the pages of a PDF: its `/Type /Page` objects (not `/Pages`, their tree).
enum PDFPages {
    static func count(_ pdf: Data) -> Int {
        let text = String(decoding: pdf, as: UTF8.self)
        return text.matches(of: /\/Type\s*\/Page(?![a-zA-Z])/).count
    }
}
