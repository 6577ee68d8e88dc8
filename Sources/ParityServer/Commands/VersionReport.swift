import Foundation

/// `parity version`: what is running — the release's version, commit and build date (from
/// the `build-info` file `make release` writes beside the resources; a development build has
/// none), the database schema it migrates to, and where its templates are read from.
struct VersionReport {
    let resources: ResourceDirectories?

    var text: String {
        let info = buildInfo
        return [
            "parity \(info["version"] ?? "development build")",
            "commit \(info["commit"] ?? "unknown")",
            "built \(info["built"] ?? "unknown")",
            "schema \(ParityMigrations.all.count) migrations, the last \(ParityMigrations.all.last!.name)",
            "resources \(resources.map { "\($0.views) and \($0.publicFiles)" } ?? "not found")",
        ].joined(separator: "\n")
    }

    /// `key=value` lines of `build-info`, in the folder above the templates' folder.
    private var buildInfo: [String: String] {
        guard let views = resources?.views,
              let text = try? String(contentsOfFile: URL(fileURLWithPath: views).deletingLastPathComponent().appendingPathComponent("build-info").path, encoding: .utf8)
        else { return [:] }
        var info: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2 { info[parts[0]] = parts[1] }
        }
        return info
    }
}
