/// The organisations and systems a reader picked to see side by side: at most `limit`, each
/// named by its code, in the order picked.
public struct ComparisonSelection: Sendable, Hashable {
    public enum Scope: Sendable, Hashable {
        case system(SystemEntry)
        case organisation(OrganisationEntry)

        public var code: String {
            switch self {
            case let .system(entry): entry.code
            case let .organisation(entry): entry.code
            }
        }
    }

    /// Why a selection cannot be shown as asked.
    public enum Problem: Sendable, Hashable, CustomStringConvertible {
        case tooMany(Int)
        case unknown(String)

        public var description: String {
            switch self {
            case let .tooMany(count): "Choose at most \(ComparisonSelection.limit) organisations or systems to compare: you chose \(count)."
            case let .unknown(code): "No organisation or system has the code \(code)."
            }
        }
    }

    /// The most scopes one comparison shows: beyond six, side-by-side figures stop being read.
    public static let limit = 6

    public let scopes: [Scope]
    public let problems: [Problem]

    /// Reads `codes` against `structure`: surrounding spaces and letter case do not matter,
    /// blanks and repeats are dropped, an organisation's code is looked up before a system's.
    /// Every unknown code is a problem, as is choosing more than `limit`; the known scopes are
    /// kept so the form can show them ticked.
    public init(codes: [String], in structure: RegionStructure) {
        var seen = Set<String>()
        var scopes: [Scope] = []
        var problems: [Problem] = []
        for raw in codes {
            let code = String(raw.unicodeScalars.filter { $0 != " " && $0 != "\t" }).uppercased()
            guard !code.isEmpty, seen.insert(code).inserted else { continue }
            if let organisation = structure.organisation(code: code) {
                scopes.append(.organisation(organisation))
            } else if let system = structure.system(code: code) {
                scopes.append(.system(system))
            } else {
                problems.append(.unknown(String(raw.prefix(40))))
            }
        }
        if seen.count > Self.limit { problems.insert(.tooMany(seen.count), at: 0) }
        self.scopes = scopes
        self.problems = problems
    }
}
