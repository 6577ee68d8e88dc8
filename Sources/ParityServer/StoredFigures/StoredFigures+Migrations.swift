import Fluent
import SQLKit

struct CreateChangeStamp: AsyncMigration {
    var name: String { "110_CreateChangeStamp" }

    func prepare(on database: Database) async throws {
        try await database.schema(ChangeStampRow.schema)
            .field("topic", .string, .identifier(auto: false))
            .field("stamp", .int64, .required)
            .create()
        for topic in ["figures", "public-pages"] {
            try await ChangeStampRow(topic: topic, stamp: Int.random(in: 1...(1 << 53))).create(on: database)
        }
    }

    func revert(on database: Database) async throws {
        try await database.schema(ChangeStampRow.schema).delete()
    }
}

struct CreateStoredFigure: AsyncMigration {
    var name: String { "111_CreateStoredFigure" }

    func prepare(on database: Database) async throws {
        try await database.schema(StoredFigureRow.schema)
            .id()
            .field("standard", .string, .required)
            .field("scope", .string, .required)
            .field("code", .string, .required)
            .field("year", .int, .required)
            .field("payload", .string, .required)
            .unique(on: "standard", "scope", "code", "year")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(StoredFigureRow.schema).delete()
    }
}

/// Makes the database itself keep the stamps and stored figures honest, so that no writer —
/// a page, a command, a restore, another instance, a hand-written statement — can leave
/// either stale:
/// - any change to a table the public pages read renews the `public-pages` stamp, which
///   `PublicPageCache` keys its pages on — of staff voice, only changes to published
///   experiences, since the pages count no others (new submissions arrive unpublished);
/// - a change to a return drops the stored figures of its year and the next, and a change to
///   the structure drops them all, renewing the `figures` stamp; readers compute what is
///   missing from the counts until `StoredFiguresWriter` (called by every writer Parity has)
///   stores it again, in the same transaction.
/// SQLite's triggers run per row; PostgreSQL's per statement, except those on returns and staff voice.
struct AddChangeTriggers: AsyncMigration {
    var name: String { "112_AddChangeTriggers" }

    /// The tables the region, system and organisation pages, their WDES tabs and the WRES and
    /// WDES API documents read, besides `voice_submissions`.
    static let publicPageTables = [
        "settings", "systems", "organisations", "system_memberships", "return_versions", "stored_figures",
        "bodies", "body_members", "representation_plans", "population_records", "area_links", "body_decisions",
        "case_studies",
    ]
    /// When a change to a staff voice row matters to the public pages, by event.
    static let publishedVoice = [
        ("INSERT", "NEW.status = 'published'"),
        ("UPDATE", "OLD.status = 'published' OR NEW.status = 'published'"),
        ("DELETE", "OLD.status = 'published'"),
    ]
    static let structureTables = ["systems", "organisations", "system_memberships"]

    /// The statement giving `topic` a new stamp drawn by `random`, an SQL expression.
    private static func renew(_ topic: String, _ random: String) -> String {
        "UPDATE change_stamps SET stamp = \(random) WHERE topic = '\(topic)'"
    }

    func prepare(on database: Database) async throws {
        let sql = database as! any SQLDatabase
        if sql.dialect.name == "postgresql" {
            try await Self.preparePostgres(sql)
        } else {
            try await Self.prepareSQLite(sql)
        }
    }

    private static func prepareSQLite(_ sql: any SQLDatabase) async throws {
        let random = "random()"
        for table in publicPageTables {
            for event in ["INSERT", "UPDATE", "DELETE"] {
                try await sql.raw("""
                    CREATE TRIGGER \(unsafeRaw: "public_pages_\(table)_\(event.lowercased())") AFTER \(unsafeRaw: event) ON \(ident: table)
                    BEGIN \(unsafeRaw: renew("public-pages", random)); END
                    """).run()
            }
        }
        for (event, condition) in publishedVoice {
            try await sql.raw("""
                CREATE TRIGGER \(unsafeRaw: "public_pages_voice_submissions_\(event.lowercased())") AFTER \(unsafeRaw: event) ON voice_submissions
                WHEN \(unsafeRaw: condition) BEGIN \(unsafeRaw: renew("public-pages", random)); END
                """).run()
        }
        for table in structureTables {
            for event in ["INSERT", "UPDATE", "DELETE"] {
                try await sql.raw("""
                    CREATE TRIGGER \(unsafeRaw: "stale_figures_\(table)_\(event.lowercased())") AFTER \(unsafeRaw: event) ON \(ident: table)
                    BEGIN DELETE FROM stored_figures; \(unsafeRaw: renew("figures", random)); END
                    """).run()
            }
        }
        for (event, rows) in [("INSERT", ["NEW"]), ("UPDATE", ["OLD", "NEW"]), ("DELETE", ["OLD"])] {
            let deletes = rows.map { "DELETE FROM stored_figures WHERE standard = \($0).standard AND year IN (\($0).year, \($0).year + 1);" }
            try await sql.raw("""
                CREATE TRIGGER \(unsafeRaw: "stale_figures_return_versions_\(event.lowercased())") AFTER \(unsafeRaw: event) ON return_versions
                BEGIN \(unsafeRaw: deletes.joined(separator: " ")) \(unsafeRaw: renew("figures", random)); END
                """).run()
        }
    }

    private static func preparePostgres(_ sql: any SQLDatabase) async throws {
        let random = "floor(random() * 9007199254740991)::bigint"
        try await sql.raw("""
            CREATE FUNCTION parity_renew_public_pages_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN \(unsafeRaw: renew("public-pages", random)); RETURN NULL; END $$
            """).run()
        try await sql.raw("""
            CREATE FUNCTION parity_drop_stale_figures() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_LEVEL = 'ROW' THEN
                IF TG_OP IN ('INSERT', 'UPDATE') THEN DELETE FROM stored_figures WHERE standard = NEW.standard AND year IN (NEW.year, NEW.year + 1); END IF;
                IF TG_OP IN ('UPDATE', 'DELETE') THEN DELETE FROM stored_figures WHERE standard = OLD.standard AND year IN (OLD.year, OLD.year + 1); END IF;
              ELSE
                DELETE FROM stored_figures;
              END IF;
              \(unsafeRaw: renew("figures", random));
              RETURN NULL;
            END $$
            """).run()
        for table in publicPageTables {
            try await sql.raw("""
                CREATE TRIGGER \(unsafeRaw: "public_pages_\(table)") AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \(ident: table)
                FOR EACH STATEMENT EXECUTE FUNCTION parity_renew_public_pages_stamp()
                """).run()
        }
        for (event, condition) in publishedVoice {
            try await sql.raw("""
                CREATE TRIGGER \(unsafeRaw: "public_pages_voice_submissions_\(event.lowercased())") AFTER \(unsafeRaw: event) ON voice_submissions
                FOR EACH ROW WHEN (\(unsafeRaw: condition)) EXECUTE FUNCTION parity_renew_public_pages_stamp()
                """).run()
        }
        try await sql.raw("""
            CREATE TRIGGER public_pages_voice_submissions_truncate AFTER TRUNCATE ON voice_submissions
            FOR EACH STATEMENT EXECUTE FUNCTION parity_renew_public_pages_stamp()
            """).run()
        for table in structureTables + ["return_versions"] {
            let rowLevel = table == "return_versions"
            try await sql.raw("""
                CREATE TRIGGER \(unsafeRaw: "stale_figures_\(table)") AFTER \(unsafeRaw: rowLevel ? "INSERT OR UPDATE OR DELETE" : "INSERT OR UPDATE OR DELETE OR TRUNCATE") ON \(ident: table)
                FOR EACH \(unsafeRaw: rowLevel ? "ROW" : "STATEMENT") EXECUTE FUNCTION parity_drop_stale_figures()
                """).run()
        }
        try await sql.raw("""
            CREATE TRIGGER stale_figures_return_versions_truncate AFTER TRUNCATE ON return_versions
            FOR EACH STATEMENT EXECUTE FUNCTION parity_drop_stale_figures()
            """).run()
    }

    func revert(on database: Database) async throws {
        let sql = database as! any SQLDatabase
        if sql.dialect.name == "postgresql" {
            for table in Self.publicPageTables {
                try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: "public_pages_\(table)") ON \(ident: table)").run()
            }
            for event in Self.publishedVoice.map(\.0) + ["TRUNCATE"] {
                try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: "public_pages_voice_submissions_\(event.lowercased())") ON voice_submissions").run()
            }
            for table in Self.structureTables + ["return_versions"] {
                try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: "stale_figures_\(table)") ON \(ident: table)").run()
            }
            try await sql.raw("DROP TRIGGER IF EXISTS stale_figures_return_versions_truncate ON return_versions").run()
            try await sql.raw("DROP FUNCTION IF EXISTS parity_renew_public_pages_stamp()").run()
            try await sql.raw("DROP FUNCTION IF EXISTS parity_drop_stale_figures()").run()
        } else {
            for table in Self.publicPageTables + ["voice_submissions"] {
                for event in ["insert", "update", "delete"] {
                    try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: "public_pages_\(table)_\(event)")").run()
                }
            }
            for table in Self.structureTables + ["return_versions"] {
                for event in ["insert", "update", "delete"] {
                    try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: "stale_figures_\(table)_\(event)")").run()
                }
            }
        }
    }
}

/// The public's API documents read published returns only (`PublishedReturns`), which a
/// reporting cycle's dates and its sign-off and publication events decide: changes to those
/// renew the `public-pages` stamp too, as `AddChangeTriggers` does for the other tables.
struct AddPublicationTriggers: AsyncMigration {
    var name: String { "113_AddPublicationTriggers" }

    static let tables = ["reporting_cycles", "cycle_submission_events"]

    func prepare(on database: Database) async throws {
        let sql = database as! any SQLDatabase
        for table in Self.tables {
            if sql.dialect.name == "postgresql" {
                try await sql.raw("""
                    CREATE TRIGGER \(unsafeRaw: "public_pages_\(table)") AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \(ident: table)
                    FOR EACH STATEMENT EXECUTE FUNCTION parity_renew_public_pages_stamp()
                    """).run()
            } else {
                for event in ["INSERT", "UPDATE", "DELETE"] {
                    try await sql.raw("""
                        CREATE TRIGGER \(unsafeRaw: "public_pages_\(table)_\(event.lowercased())") AFTER \(unsafeRaw: event) ON \(ident: table)
                        BEGIN UPDATE change_stamps SET stamp = random() WHERE topic = 'public-pages'; END
                        """).run()
                }
            }
        }
    }

    func revert(on database: Database) async throws {
        let sql = database as! any SQLDatabase
        for table in Self.tables {
            if sql.dialect.name == "postgresql" {
                try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: "public_pages_\(table)") ON \(ident: table)").run()
            } else {
                for event in ["insert", "update", "delete"] {
                    try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: "public_pages_\(table)_\(event)")").run()
                }
            }
        }
    }
}
