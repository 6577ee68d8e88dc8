import Foundation
import ParityCore

/// A commitment with what every page, the CSV and the API show about it; its status is
/// derived by `DeliveryRule` on the day it is read, never stored.
struct AssessedCommitment: Sendable {
    var id: UUID
    var programmeName: String
    var programmeStart: Date
    var recommendationID: UUID
    var position: Int
    var title: String
    var text: String
    var level: String
    var span: HorizonSpan
    var horizonNote: String?
    var tags: [String]
    var systemCode: String
    var systemName: String
    /// The due date from the programme start and the horizon.
    var standardDue: Date
    var longMonths: Int
    var agreedDue: Date?
    var agreedDueReason: String?
    var declared: DeclaredState
    var response: SystemResponse?
    var responseReason: String?
    var created: Date
    var lastUpdate: Date?
    var version: Int
    /// The targets as this viewer may see them: a figure disclosure control withholds is left out.
    var targets: [TargetResult]
    var status: DeliveryStatus
    /// Why the rule gave `status`, in plain English.
    var reason: String

    /// The due date in force: the agreed one when there is one.
    var due: Date { agreedDue ?? standardDue }

    /// How the due date was set, for the page beside it.
    var dueBasis: String {
        if let agreedDue, let agreedDueReason {
            return "Agreed as \(DisplayDate.date(agreedDue)) instead of \(DisplayDate.date(standardDue)): \(agreedDueReason)"
        }
        let months = DueDate.months(span.completes, longMonths: longMonths)
        let basis = "\(span.completes.name) horizon: the programme start, \(DisplayDate.date(programmeStart)), plus \(months) months."
        return agreedDueReason.map { basis + " Agreed: \($0)" } ?? basis
    }

    /// Whether the commitment is still open: not done, not declined.
    var isOpen: Bool { declared != .done && response != .decline }
}
