import Logging
import ParityCore
import Vapor

/// The `parity` executable: Vapor's `serve` and `migrate` plus Parity's own commands.
/// Logs go to standard error, so commands that print documents keep standard output clean.
public enum ParityApp {
    public static func main() async {
        do {
            let currentYear = Calendar.utc.component(.year, from: Date())
            if let standalone = try StandaloneCommand(arguments: Array(CommandLine.arguments.dropFirst()), currentYear: currentYear) {
                try standalone.run(currentYear: currentYear)
                return
            }
            var environment = try Environment.detect()
            let invocation = Invocation(arguments: environment.arguments, environment: ProcessInfo.processInfo.environment)
            environment.arguments = invocation.vaporArguments
            try LoggingSystem.bootstrap(from: &environment) { level in
                { label in
                    var handler = StreamLogHandler.standardError(label: label)
                    handler.logLevel = level
                    return handler
                }
            }
            var config = try ParityConfig.fromEnvironment()
            config.seedsDemoWhenEmpty = invocation.seedsDemo
            config.rebuildsFiguresOnStart = invocation.serves
            config.deliversMailInBackground = invocation.serves
            let app = try await Application.make(environment)
            do {
                try await configure(app, config: config)
                registerCommands(app)
                try await app.execute()
                try await app.asyncShutdown()
            } catch {
                try? await app.asyncShutdown()
                throw error
            }
        } catch {
            FileHandle.standardError.write(Data((message(for: error) + "\n").utf8))
            exit(1)
        }
    }

    static func registerCommands(_ app: Application) {
        app.asyncCommands.use(ImportCommand(), as: "import")
        app.asyncCommands.use(SetupCommand(), as: "setup")
        app.asyncCommands.use(ReportCommand(), as: "report")
        app.asyncCommands.use(TemplateCommand(), as: "template")
        app.asyncCommands.use(DemoCommand(), as: "demo")
        app.asyncCommands.use(UserCommand(), as: "user")
        app.asyncCommands.use(RemindersCommand(), as: "reminders")
        app.asyncCommands.use(BackupCommand(), as: "backup")
        app.asyncCommands.use(RestoreCommand(), as: "restore")
        app.asyncCommands.use(OpenDataCommand(), as: "open-data")
    }

    private static func message(for error: Error) -> String {
        switch error {
        case let failure as ImportFailure: failure.report
        case let problems as PopulationFileProblems: problems.description
        case let error as ParityError: "parity: \(error.description)"
        case let error as ConfigurationError: "parity: \(error.description)"
        case let error as BackupError: "parity: \(error.description)"
        default: "parity: \(error)"
        }
    }
}

/// Parity's own flags, taken off the command line before Vapor parses the rest.
struct Invocation {
    var vaporArguments: [String]
    var seedsDemo: Bool
    var serves: Bool

    init(arguments: [String], environment: [String: String] = [:]) {
        let command = arguments.dropFirst().first { !$0.hasPrefix("-") } ?? "serve"
        serves = command == "serve"
        seedsDemo = serves && !arguments.contains("--no-demo")
        vaporArguments = arguments.filter { $0 != "--no-demo" }
        // A command's failure is printed once, plainly, by `ParityApp`; Vapor would also log
        // it as a warning. Commands other than `serve` log errors only unless asked otherwise.
        if command != "serve", !arguments.contains("--log"), environment["LOG_LEVEL"] == nil {
            vaporArguments += ["--log", "error"]
        }
    }
}
