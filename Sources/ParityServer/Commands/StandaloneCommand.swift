import Foundation
import ParityCore

/// The commands that need no database or configuration: `parity import extract FILE --dry-run`,
/// `parity demo extract` and `parity version`. They run before the application is made, so they start at once
/// and the process holds little more than the file buffer and the counts — which issue 10's
/// benchmark measures against pandas, DuckDB and `wc -l`.
enum StandaloneCommand: Equatable {
    /// `cores`: how many cores read the file (all of them by default).
    case extractDryRun(path: String, cores: Int?)
    case demoExtract(rows: Int, seed: UInt64, year: Int)
    case version

    /// The standalone command `arguments` (without the executable) name, or `nil` for any other.
    init?(arguments: [String], currentYear: Int) throws {
        let words = arguments.filter { !$0.hasPrefix("-") }
        if words.first == "import", words.dropFirst().first == "extract", arguments.contains("--dry-run") {
            var options = StandaloneOptions(arguments.filter { $0 != "--dry-run" }.drop { $0 != "extract" }.dropFirst())
            let cores = try options.integer("cores", default: 0)
            let files = options.positional
            guard files.count == 1, cores >= 0 else {
                throw ParityError.invalidInput("Name one extract file: parity import extract FILE.csv --dry-run [--cores N]")
            }
            try options.finish(usage: "parity import extract FILE.csv --dry-run [--cores N]", allowingPositional: true)
            self = .extractDryRun(path: files[0], cores: cores == 0 ? nil : cores)
        } else if words.first == "demo", words.dropFirst().first == "extract" {
            var options = StandaloneOptions(arguments.drop { $0 != "extract" }.dropFirst())
            self = .demoExtract(rows: try options.integer("rows", default: 100_000),
                                seed: UInt64(try options.integer("seed", default: 1)),
                                year: try options.integer("year", default: currentYear))
            try options.finish(usage: "parity demo extract --rows N --seed S [--year YYYY] > FILE.csv")
        } else if arguments == ["version"] || arguments == ["--version"] {
            self = .version
        } else {
            return nil
        }
    }

    func run(currentYear: Int) throws {
        switch self {
        case let .extractDryRun(path, cores):
            let file = ExtractFile(path: path)
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            let reading = try file.read(acceptedYears: ReturnValidationContext(knownOrganisations: [], currentYear: currentYear).acceptedYears,
                                        checksum: false, progress: ExtractProgress(totalBytes: size),
                                        cores: cores ?? ProcessInfo.processInfo.activeProcessorCount)
            FileHandle.standardOutput.write(Data(reading.tally.rows().csv))
            FileHandle.standardError.write(Data((ExtractSummary(reading: reading, fileName: file.fileName).text + "\n").utf8))
        case let .demoExtract(rows, seed, year):
            guard rows >= 0 else { throw ParityError.invalidInput("--rows must be 0 or more.") }
            DemoExtract(organisations: DemoExtract.demoRegion, year: year, seed: seed).write(rows: rows) { chunk in
                FileHandle.standardOutput.write(Data(chunk))
            }
        case .version:
            let resources = try? ResourceDirectories.locate(environment: ProcessInfo.processInfo.environment,
                                                            workingDirectory: FileManager.default.currentDirectoryPath, executable: Bundle.main.executableURL)
            print(VersionReport(resources: resources).text)
        }
    }
}

/// `--name value` options of a standalone command, each read once.
private struct StandaloneOptions {
    private var values: [String: String] = [:]
    /// Arguments that are not options, in order.
    private(set) var positional: [String] = []

    init(_ arguments: ArraySlice<String>) {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            if argument.hasPrefix("--"), let value = iterator.next() {
                values[String(argument.dropFirst(2))] = value
            } else {
                positional.append(argument)
            }
        }
    }

    mutating func integer(_ name: String, default fallback: Int) throws -> Int {
        guard let text = values.removeValue(forKey: name) else { return fallback }
        guard let value = Int(text) else { throw ParityError.invalidInput("--\(name) must be a whole number, not \(text).") }
        return value
    }

    func finish(usage: String, allowingPositional: Bool = false) throws {
        let extra = (allowingPositional ? [] : positional) + values.keys.sorted().map { "--\($0)" }
        guard extra.isEmpty else { throw ParityError.invalidInput("Unknown option \(extra.joined(separator: " ")). Usage: \(usage)") }
    }
}
