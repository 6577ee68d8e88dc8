import Testing
import ParityCore
@testable import ParityServer

@Suite struct ConfigurationTests {
    @Test(arguments: [
        (nil, DatabaseChoice.sqliteFile(path: "parity.sqlite")),
        ("", .sqliteFile(path: "parity.sqlite")),
        ("sqlite:/tmp/x.sqlite", .sqliteFile(path: "/tmp/x.sqlite")),
        ("sqlite::memory:", .sqliteMemory),
        ("postgres://parity@127.0.0.1:5433/parity", .postgres(url: "postgres://parity@127.0.0.1:5433/parity", schema: nil)),
    ] as [(String?, DatabaseChoice)])
    func databaseURLChoosesTheDatabase(url: String?, expected: DatabaseChoice) throws {
        #expect(try DatabaseChoice.parse(url) == expected)
    }

    @Test(arguments: ["mysql://x", "sqlite:", "parity.sqlite"])
    func anUnusableDatabaseURLIsAClearError(url: String) {
        #expect(throws: ConfigurationError.self) { try DatabaseChoice.parse(url) }
    }

    @Test func aPostgresDescriptionNeverShowsThePassword() throws {
        #expect(!(try DatabaseChoice.parse("postgres://parity:secret@db.example:5432/parity")).redacted.contains("secret"))
    }

    @Test(arguments: [
        (["parity"], true, ["parity"]),
        (["parity", "serve"], true, ["parity", "serve"]),
        (["parity", "serve", "--no-demo"], false, ["parity", "serve"]),
        (["parity", "import", "returns", "x.csv"], false, ["parity", "import", "returns", "x.csv", "--log", "error"]),
        (["parity", "report", "wres", "--region", "--log", "info"], false, ["parity", "report", "wres", "--region", "--log", "info"]),
    ])
    func onlyServeSeedsTheDemoAndNoDemoTurnsItOff(arguments: [String], seeds: Bool, passed: [String]) {
        let invocation = Invocation(arguments: arguments)
        #expect(invocation.seedsDemo == seeds)
        #expect(invocation.serves == (arguments.count == 1 || arguments[1] == "serve"))
        #expect(invocation.vaporArguments == passed)
    }

    @Test(arguments: [(nil, DemoScale.region), ("", .region), ("region", .region), ("national", .national)])
    func theDemoScaleComesFromTheEnvironment(value: String?, expected: DemoScale) throws {
        let environment = value.map { ["PARITY_DEMO_SCALE": $0] } ?? [:]
        #expect(try ParityConfig.fromEnvironment(environment).demoScale == expected)
    }

    @Test(arguments: [
        (nil, nil),
        ("https://parity.example.nhs.uk", "https://parity.example.nhs.uk"),
        ("https://parity.example.nhs.uk/", "https://parity.example.nhs.uk"),
        ("http://127.0.0.1:9000/parity/", "http://127.0.0.1:9000/parity"),
    ] as [(String?, String?)])
    func theBaseURLOfLinksComesFromTheEnvironment(value: String?, expected: String?) throws {
        let environment = value.map { ["PARITY_BASE_URL": $0] } ?? [:]
        #expect(try ParityConfig.fromEnvironment(environment).baseURL == expected)
    }

    @Test(arguments: ["parity.example.nhs.uk", "ftp://parity.example.nhs.uk", "https://", "https://parity.example.nhs.uk/?next=x",
                      "https://parity.example.nhs.uk/#top", "https://user:pw@parity.example.nhs.uk", "javascript:alert(1)"])
    func aBaseURLThatIsNotAPlainHTTPAddressIsAClearError(value: String) {
        #expect(throws: ConfigurationError.self) { try ParityConfig.fromEnvironment(["PARITY_BASE_URL": value]) }
    }

    @Test func anUnknownDemoScaleIsAClearError() {
        #expect(throws: ConfigurationError.invalid("PARITY_DEMO_SCALE", "must be region or national")) {
            try ParityConfig.fromEnvironment(["PARITY_DEMO_SCALE": "planet"])
        }
    }

    @Test(arguments: [(nil, 4), ("1", 1), ("16", 16)] as [(String?, Int)])
    func postgresConnectionsPerCoreComeFromTheEnvironment(value: String?, expected: Int) throws {
        let environment = value.map { ["PARITY_DB_CONNECTIONS": $0] } ?? [:]
        #expect(try ParityConfig.fromEnvironment(environment).databaseConnectionsPerLoop == expected)
    }

    @Test(arguments: ["0", "65", "four"])
    func anUnusableConnectionCountIsAClearError(value: String) {
        #expect(throws: ConfigurationError.self) { try ParityConfig.fromEnvironment(["PARITY_DB_CONNECTIONS": value]) }
    }
}
