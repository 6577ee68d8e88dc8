import Vapor

/// `parity backup FILE`: an online snapshot of the SQLite database, taken while the server
/// runs. For PostgreSQL it says to use pg_dump.
struct BackupCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "Where to write the backup (must not exist)")
        var file: String
    }

    var help: String { "Backs up the SQLite database to FILE while Parity keeps running: `parity backup FILE`." }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await SQLiteBackup(database: context.application.db).backup(to: signature.file)
        let bytes = (try? FileManager.default.attributesOfItem(atPath: signature.file)[.size] as? Int) ?? 0
        context.console.print("Backed up the database to \(signature.file) (\(bytes) bytes).")
    }
}

/// `parity restore FILE`: replaces the database's contents with a backup, all or nothing.
struct RestoreCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "A backup made by `parity backup`")
        var file: String
    }

    var help: String { "Replaces the SQLite database's contents with a backup made by `parity backup`: `parity restore FILE`." }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await SQLiteBackup(database: context.application.db).restore(from: signature.file)
        context.console.print("Restored the database from \(signature.file).")
    }
}
