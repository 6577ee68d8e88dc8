/// A save refused because someone else changed the record after the form was read
/// (`VersionClaim`). The conflict page shows both sides — what is saved now and what the
/// person sent — so nothing they typed is lost and they can apply it again by hand.
struct StaleEdit: Error {
    var message: String
    /// What is saved now, as a few labelled lines.
    var current: [Line]
    /// Where to see the record and try again.
    var pageHref: String

    struct Line: Encodable, Sendable {
        var label: String
        var value: String
    }
}

/// The conflict page: the record as saved now beside the form as sent.
struct ConflictPage: Encodable {
    var chrome: PageChrome
    var message: String
    var current: [StaleEdit.Line]
    var sent: [StaleEdit.Line]
    var pageHref: String
}
