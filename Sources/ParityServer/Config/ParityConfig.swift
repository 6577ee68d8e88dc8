import Foundation

/// Parity's whole configuration, read from the environment in this one place, with safe
/// development defaults (the embedded SQLite file).
public struct ParityConfig: Sendable {
    public var database: DatabaseChoice
    /// Seed the fictional demo region when the database holds no organisations.
    public var seedsDemoWhenEmpty: Bool
    /// The largest upload a route accepts (return files).
    public var maximumUploadBytes: Int

    public init(database: DatabaseChoice, seedsDemoWhenEmpty: Bool = false, maximumUploadBytes: Int = 20 * 1024 * 1024) {
        self.database = database
        self.seedsDemoWhenEmpty = seedsDemoWhenEmpty
        self.maximumUploadBytes = maximumUploadBytes
    }

    /// Reads `DATABASE_URL` (see ``DatabaseChoice``) and `PARITY_MAX_UPLOAD_MB`.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws(ConfigurationError) -> ParityConfig {
        var config = ParityConfig(database: try DatabaseChoice.parse(environment["DATABASE_URL"]))
        if let megabytes = environment["PARITY_MAX_UPLOAD_MB"] {
            guard let value = Int(megabytes), value > 0 else { throw .invalid("PARITY_MAX_UPLOAD_MB", "must be a whole number of megabytes") }
            config.maximumUploadBytes = value * 1024 * 1024
        }
        return config
    }
}
