import Foundation

/// Which database Parity uses, read from one setting, `DATABASE_URL`:
/// `sqlite:PATH` (the embedded default), `sqlite::memory:` (tests), or `postgres://…`.
public enum DatabaseChoice: Sendable, Equatable {
    case sqliteFile(path: String)
    case sqliteMemory
    /// PostgreSQL; `schema` isolates one test's tables inside a shared database.
    case postgres(url: String, schema: String?)

    public static let defaultURL = "sqlite:parity.sqlite"

    /// Parses a `DATABASE_URL` value; `nil` or empty means the embedded default.
    public static func parse(_ url: String?) throws(ConfigurationError) -> DatabaseChoice {
        let text = (url ?? "").trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return .sqliteFile(path: "parity.sqlite") }
        if text == "sqlite::memory:" { return .sqliteMemory }
        if text.hasPrefix("sqlite:") {
            let path = String(text.dropFirst("sqlite:".count))
            guard !path.isEmpty else { throw .invalid("DATABASE_URL", "sqlite: needs a file path, e.g. sqlite:parity.sqlite") }
            return .sqliteFile(path: path)
        }
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            return .postgres(url: text, schema: nil)
        }
        throw .invalid("DATABASE_URL", "expected sqlite:PATH or postgres://USER@HOST:PORT/DATABASE, got \(text.prefix(40))")
    }

    /// A description safe for logs (no password).
    public var redacted: String {
        switch self {
        case let .sqliteFile(path): "SQLite file \(path)"
        case .sqliteMemory: "SQLite in memory"
        case let .postgres(url, schema):
            "PostgreSQL \(URLComponents(string: url)?.host ?? "?")" + (schema.map { " schema \($0)" } ?? "")
        }
    }
}

/// A setting that is present but unusable; Parity stops with this message rather than guess.
public enum ConfigurationError: Error, CustomStringConvertible, Equatable {
    case invalid(String, String)

    public var description: String {
        switch self {
        case let .invalid(name, why): "Configuration \(name): \(why)"
        }
    }
}
