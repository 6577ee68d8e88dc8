import Foundation

/// Where Parity's page templates (`Views/`) and public files (`Public/`: stylesheets, images)
/// are, found wherever `parity` is started (issue 21): before, they were read from the working
/// directory, so the binary started anywhere but its checkout answered 500 on every page.
public struct ResourceDirectories: Sendable, Equatable {
    /// The templates' folder, ending in "/".
    public var views: String
    /// The public files' folder, ending in "/".
    public var publicFiles: String

    /// The first that holds both folders of:
    /// 1. `PARITY_RESOURCES`, a folder with `Views/` and `Public/` (an error when it lacks them);
    /// 2. `share/parity` beside the executable's folder — the release layout
    ///    (`bin/parity`, `share/parity/Views`, `share/parity/Public`);
    /// 3. the working directory, when it is a checkout (`Resources/Views` and `Public`);
    /// 4. the checkout the executable was built from, when it is still there.
    static func locate(environment: [String: String], workingDirectory: String, executable: URL?) throws(ConfigurationError) -> ResourceDirectories {
        if let configured = environment["PARITY_RESOURCES"], !configured.isEmpty {
            guard let found = release(URL(fileURLWithPath: configured, isDirectory: true)) else {
                throw .invalid("PARITY_RESOURCES", "must be a folder holding Views/ and Public/, as share/parity of a release does")
            }
            return found
        }
        let candidates = [
            executable.flatMap { release($0.resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("share/parity")) },
            checkout(URL(fileURLWithPath: workingDirectory, isDirectory: true)),
            builtFrom,
        ]
        guard let found = candidates.lazy.compactMap({ $0 }).first else {
            throw .invalid("PARITY_RESOURCES", "is needed: no Views/ and Public/ were found beside the executable (share/parity), in the working directory or in the checkout it was built from")
        }
        return found
    }

    /// The checkout this executable was built from, for tests and development builds.
    static var builtFrom: ResourceDirectories? {
        checkout(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())
    }

    private static func release(_ root: URL) -> ResourceDirectories? {
        existing(views: root.appendingPathComponent("Views"), publicFiles: root.appendingPathComponent("Public"))
    }

    private static func checkout(_ root: URL) -> ResourceDirectories? {
        existing(views: root.appendingPathComponent("Resources/Views"), publicFiles: root.appendingPathComponent("Public"))
    }

    private static func existing(views: URL, publicFiles: URL) -> ResourceDirectories? {
        var isFolder: ObjCBool = false
        for folder in [views, publicFiles] {
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else { return nil }
        }
        return ResourceDirectories(views: views.standardizedFileURL.path + "/", publicFiles: publicFiles.standardizedFileURL.path + "/")
    }
}
