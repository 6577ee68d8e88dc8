import Fluent
import ParityCore
import Vapor

/// `/receipt`: what a receipt code opens — the submission's status, the moderators' reply,
/// the commitments it prompted with their progress ("you said, we did"), and withdrawal.
enum VoiceReceiptView {
    struct Update: Encodable {
        var date: String
        var text: String
    }

    struct Commitment: Encodable {
        var title: String
        var href: String
        var status: String
        var updates: [Update]
    }

    struct Submission: Encodable {
        var status: String
        var week: String
        var themes: [String]
        var removed: String?
        var holdReason: String?
        var response: String?
        var text: String
        var commitments: [Commitment]
    }

    struct Page: Encodable {
        var chrome: PageChrome
        var code: String
        var submission: Submission?
        var errors: [FieldErrorView]
    }

    static func render(_ req: Request, code: String, submission row: VoiceSubmissionRow?, errors: [FieldErrorView]) async throws -> View {
        let submission = try await row.asyncMap { try await summary(req, $0) }
        let title = row == nil ? "Check an experience you shared" : "What happened to your experience"
        let page = Page(chrome: try await req.chrome(title: (errors.isEmpty ? "" : "Error: ") + title), code: code,
                        submission: submission, errors: errors)
        return try await req.view.render("voice/receipt", page)
    }

    private static func summary(_ req: Request, _ row: VoiceSubmissionRow) async throws -> Submission {
        let ids = try await VoiceStore(database: req.db).commitmentIDs(prompting: row)
        let commitments = try await CommitmentStore(database: req.db, now: req.now)
            .assessed(ids: ids, viewer: { req.disclosurePolicy(forOrganisations: $0) })
        var shown: [Commitment] = []
        for commitment in commitments {
            let updates = try await ProgressUpdateRow.query(on: req.db)
                .filter(\.$commitment.$id == commitment.id).sort(\.$postedAt, .descending).limit(3).all()
            shown.append(Commitment(
                title: commitment.title, href: SitePath.commitment(commitment.id).href, status: commitment.status.label,
                updates: updates.map { Update(date: DisplayDate.date($0.postedAt), text: $0.text) }
            ))
        }
        return Submission(
            status: (VoiceModerationStatus(rawValue: row.status) ?? .pending).label,
            week: VoiceWeek(rawValue: row.week).map { "the week of \(DisplayDate.date($0.monday))" } ?? row.week,
            themes: VoiceThemeList.themes(row.themes).map(\.label),
            removed: VoiceRedactionList.sentence(VoiceRedactionList.decode(row.redactions)),
            holdReason: row.holdReason, response: row.response, text: row.text, commitments: shown
        )
    }
}

/// The themes column: raw values, comma-separated.
enum VoiceThemeList {
    static func themes(_ text: String) -> [VoiceTheme] {
        text.split(separator: ",").compactMap { VoiceTheme(rawValue: String($0)) }
    }
}
