import Foundation
import ParityCore

/// Headless Chromium, found on the machine, printing a page to PDF. Parity does not ship it:
/// `parity report pdf` says how to install it when it is missing.
struct Chromium {
    let executable: URL

    /// Names Chromium is installed under on Debian, Ubuntu and elsewhere, looked up on `PATH`.
    static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    static let missing = """
        Chromium is not installed, so the report cannot be printed to PDF. Install it (Debian and Ubuntu: \
        apt-get install chromium) or set PARITY_CHROMIUM to its path. The same report is on the web at \
        /report, /systems/{code}/report and /organisations/{code}/report, to print from a browser.
        """

    /// `PARITY_CHROMIUM` when it names an executable, else the first of `names` on `PATH`.
    static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> Chromium? {
        let files = FileManager.default
        if let path = environment["PARITY_CHROMIUM"], !path.isEmpty {
            return files.isExecutableFile(atPath: path) ? Chromium(executable: URL(fileURLWithPath: path)) : nil
        }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in names {
            for folder in folders where files.isExecutableFile(atPath: folder + "/" + name) {
                return Chromium(executable: URL(fileURLWithPath: folder + "/" + name))
            }
        }
        return nil
    }

    /// Prints `page` (a file) to `output` as A4 with the page's own print stylesheet and no
    /// browser header or footer. `workspace` holds Chromium's throwaway profile and log.
    func printToPDF(_ page: URL, output: URL, workspace: URL, timeout: Duration = .seconds(120)) async throws {
        let log = workspace.appendingPathComponent("chromium.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let logHandle = try FileHandle(forWritingTo: log)
        defer { try? logHandle.close() }
        let process = Process()
        process.executableURL = executable
        process.arguments = [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--no-pdf-header-footer", "--user-data-dir=\(workspace.appendingPathComponent("profile").path)",
            "--print-to-pdf=\(output.path)", page.absoluteString,
        ]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = logHandle
        process.standardError = logHandle
        let watchdog = Task {
            try await Task.sleep(for: timeout)
            if process.isRunning { process.terminate() }
        }
        defer { watchdog.cancel() }
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, Error>) in
            process.terminationHandler = { _ in continuation.resume() }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: output.path) else {
            let tail = (try? String(contentsOf: log, encoding: .utf8))?.split(separator: "\n").suffix(5).joined(separator: "\n") ?? ""
            throw ParityError.conflict("Chromium could not print the report (exit status \(process.terminationStatus)).\n\(tail)")
        }
    }
}
