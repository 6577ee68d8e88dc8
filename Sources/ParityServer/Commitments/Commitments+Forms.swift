import Foundation
import ParityCore
import Vapor

/// What the commitment page's forms send. Every form carries the `version` of the
/// commitment the page showed, so a change made meanwhile is not silently overwritten.
struct ProgressUpdateForm: Content {
    var text: String?
    var evidence: String?
    var state: String?
    var version: Int?
}

struct ResponseForm: Content {
    var response: String?
    var reason: String?
    var version: Int?
}

struct DueDateForm: Content {
    var agreedDue: String?
    var longMonths: String?
    var reason: String?
    var version: Int?
}

struct TargetForm: Content {
    var measure: String?
    var comparison: String?
    var value: String?
    var year: String?
    var version: Int?
}

struct CommentForm: Content {
    var text: String?
}

/// Checks a form's fields, collecting every problem so the page can list them at once.
struct FormCheck {
    private(set) var errors: [FieldErrorView] = []

    /// `text` trimmed, or a problem when it is empty or longer than `limit` characters.
    mutating func required(_ text: String?, field: String, name: String, limit: Int = 5_000) -> String {
        let trimmed = (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            errors.append(FieldErrorView(field: field, message: "Enter \(name)."))
        } else if trimmed.count > limit {
            errors.append(FieldErrorView(field: field, message: "\(name.prefix(1).uppercased() + name.dropFirst()) must be \(limit) characters or fewer."))
        }
        return trimmed
    }

    /// One http(s) link per line, at most 10; other lines are problems.
    mutating func links(_ text: String?, field: String) -> [String] {
        let lines = (text ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for line in lines where WebLink.validated(line) == nil {
            errors.append(FieldErrorView(field: field, message: "Evidence links must each start with https:// or http:// (\(line.prefix(60)) does not)."))
            return []
        }
        if lines.count > 10 { errors.append(FieldErrorView(field: field, message: "Give at most 10 evidence links.")) }
        return lines
    }

    mutating func fail(_ field: String, _ message: String) {
        errors.append(FieldErrorView(field: field, message: message))
    }

    /// Throws the problems, if any.
    func finish() throws {
        if !errors.isEmpty { throw FormErrors(errors: errors) }
    }
}

