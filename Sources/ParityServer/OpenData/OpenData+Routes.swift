import ParityCore
import Vapor

/// Open data (issue 9), public:
///
/// - `/open-data`: each year's files, whether the year is closed (its files frozen, with their
///   SHA-256) or provisional; a regional admin (`manageCycles`) closes a year here.
/// - `/open-data/{year}.csv` and `/open-data/{year}.json`: the files.
/// - `/open-data/dictionary` and `/open-data/dictionary.csv`: the data dictionary.
/// - JSON: `/api/v1/open-data` (the years) and `/api/v1/open-data/{year}` (the JSON file).
struct OpenDataRoutes: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("open-data", use: index)
        routes.get("open-data", "dictionary", use: dictionary)
        routes.get("open-data", "dictionary.csv", use: dictionaryCSV)
        routes.get("open-data", ":file", use: file)
        routes.post("open-data", ":year", "close", use: close)
        let api = routes.grouped("api", "v1", "open-data")
        api.get(use: indexDocument)
        api.get(":year", use: yearDocument)
    }

    func index(req: Request) async throws -> View {
        let years = try await OpenDataStore(database: req.db).years()
        let page = OpenDataPage(
            chrome: try await req.chrome(title: "Open data", disclosureNote: "Every figure follows the public disclosure rule: \(DisclosurePolicy.publicRelease.ruleDescription)"),
            years: years.map(OpenDataYearView.init),
            canClose: AccessPolicy.decide(req.actor, .manageCycles, .region).isAllowed,
            publicationRule: OpenDataDocument.publicationRule,
            dictionaryHref: SitePath.openDataDictionary.href,
            apiHref: SitePath.apiOpenData.href
        )
        return try await req.view.render("open-data/index", page)
    }

    func file(req: Request) async throws -> Response {
        let name = try req.parameters.require("file")
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let year = Int(parts[0]), ["csv", "json"].contains(parts[1]) else {
            throw ParityError.notFound("There is no open data file \(name): files are named YEAR.csv or YEAR.json.")
        }
        let (files, isClosed) = try await OpenDataStore(database: req.db).files(year: year)
        return parts[1] == "csv"
            ? Self.response(files.csv, type: HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"]), name: "parity-open-data-\(year).csv", sha256: files.csvSHA256, isClosed: isClosed)
            : Self.response(files.json, type: .json, name: "parity-open-data-\(year).json", sha256: files.jsonSHA256, isClosed: isClosed)
    }

    func yearDocument(req: Request) async throws -> Response {
        guard let year = req.parameters.get("year", as: Int.self) else {
            throw ParityError.invalidInput("The year must be a four-digit number, e.g. 2026.")
        }
        let (files, isClosed) = try await OpenDataStore(database: req.db).files(year: year)
        return Self.response(files.json, type: .json, name: nil, sha256: files.jsonSHA256, isClosed: isClosed)
    }

    func indexDocument(req: Request) async throws -> Response {
        let years = try await OpenDataStore(database: req.db).years()
        return try JSONResponse.make(.object([
            "publication_rule": .string(OpenDataDocument.publicationRule),
            "dictionary": .string(SitePath.openDataDictionaryCSV.href),
            "years": .array(years.map { year in
                .object([
                    "year": .integer(year.year),
                    "status": .string(year.release == nil ? "provisional" : "closed"),
                    "closed_on": year.release.map { .string(ISODay.format($0.closedAt)) } ?? .null,
                    "csv": .string(SitePath.openDataFile(year.year, "csv").href),
                    "csv_sha256": .string(year.release?.csvSHA256),
                    "json": .string(SitePath.openDataFile(year.year, "json").href),
                    "json_sha256": .string(year.release?.jsonSHA256),
                ])
            }),
        ]))
    }

    func dictionary(req: Request) async throws -> View {
        let page = OpenDataDictionaryPage(
            chrome: try await req.chrome(title: "Open data dictionary", breadcrumbs: [.init(label: "Open data", href: SitePath.openData.href)]),
            columns: OpenDataDictionary.columns.map { .init(name: $0.name, meaning: $0.meaning) },
            figures: OpenDataDictionary.entries.map { .init(standard: $0.standard, indicators: $0.indicatorsText, figure: $0.figure, type: $0.type, meaning: $0.meaning) },
            csvHref: SitePath.openDataDictionaryCSV.href
        )
        return try await req.view.render("open-data/dictionary", page)
    }

    func dictionaryCSV(req: Request) async throws -> Response {
        CSVResponse.make(rows: OpenDataDictionary.csvRows, fileName: "parity-open-data-dictionary.csv")
    }

    func close(req: Request) async throws -> Response {
        try req.require(.manageCycles, on: .region)
        guard let year = req.parameters.get("year", as: Int.self) else {
            throw ParityError.invalidInput("The year must be a four-digit number, e.g. 2026.")
        }
        try await OpenDataStore(database: req.db).close(year: year, actor: req.auditName, now: req.now)
        return req.redirect(to: SitePath.openData.href + "#year-\(year)", redirectType: .normal)
    }

    /// A file with its digest in a header; a closed year's never changes, so caches may keep it.
    private static func response(_ data: Data, type: HTTPMediaType, name: String?, sha256: String, isClosed: Bool) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = type
        if let name { headers.contentDisposition = .init(.attachment, filename: name) }
        headers.replaceOrAdd(name: "X-Content-SHA256", value: sha256)
        headers.replaceOrAdd(name: .eTag, value: "\"\(sha256)\"")
        headers.replaceOrAdd(name: .cacheControl, value: isClosed ? "public, max-age=31536000, immutable" : "no-cache")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}
