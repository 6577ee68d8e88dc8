import Fluent
import Foundation
import ParityCore

/// Reads and changes reporting cycles and the organisations' submissions in them. States are
/// derived on the day they are read (`SubmissionState.of`), never stored.
struct CycleStore {
    let database: Database

    /// Every cycle, newest year first, WRES before WDES.
    func cycles() async throws -> [ReportingCycleRow] {
        try await ReportingCycleRow.query(on: database).sort(\.$year, .descending).sort(\.$standard, .descending).all()
    }

    /// The cycle of `standard` and `year`, or `notFound`.
    func cycle(_ standard: Standard, _ year: Int) async throws -> ReportingCycleRow {
        guard let row = try await ReportingCycleRow.query(on: database)
            .filter(\.$standard == standard.rawValue).filter(\.$year == year).first() else {
            throw ParityError.notFound("No \(standard.rawValue) \(year) reporting cycle has been set.")
        }
        return row
    }

    /// Sets a cycle's dates: creates it, or changes it when `expectedVersion` is the version
    /// the form was read at (refused as a conflict when someone changed it since).
    @discardableResult
    func save(_ cycle: ReportingCycle, expectedVersion: Int?, actor: String, now: Date) async throws -> ReportingCycleRow {
        let cycle = try cycle.validated()
        return try await database.transaction { database in
            let existing = try await ReportingCycleRow.query(on: database)
                .filter(\.$standard == cycle.standard.rawValue).filter(\.$year == cycle.year).first()
            let row = existing ?? ReportingCycleRow()
            if let existing {
                guard expectedVersion == existing.version else {
                    throw ParityError.conflict("Someone else changed the \(cycle.name) cycle since you opened it (or it already exists): reload the page to see their dates.")
                }
                row.version = existing.version + 1
            } else {
                row.standard = cycle.standard.rawValue
                row.year = cycle.year
                row.createdAt = now
                row.version = 1
            }
            row.snapshot = cycle.snapshot
            row.deadline = cycle.deadline
            row.publication = cycle.publication
            try await row.save(on: database)
            if existing == nil {
                // A year with a cycle shows only the returns it publishes (`PublishedReturns`).
                try await StoredFiguresWriter(database: database).refresh(cycle.standard, year: cycle.year)
            }
            try await AuditLog(database: database, actor: actor, now: now).record(.cycleSet, subject: cycle.name, after: cycle)
            return row
        }
    }

    /// Every organisation of `structure` in the cycle, by system name then organisation name.
    func tracker(_ row: ReportingCycleRow, structure: RegionStructure, today: Date) async throws -> [TrackedSubmission] {
        let cycle = row.cycle
        let versions = try await latestVersions(cycle)
        let submissions = Dictionary(try await SubmissionRow.query(on: database).filter(\.$cycle.$id == row.id!).all().map { ($0.organisationCode, $0) },
                                     uniquingKeysWith: { a, _ in a })
        let histories = Dictionary(grouping: try await SubmissionEventRow.query(on: database).filter(\.$cycle.$id == row.id!).sort(\.$at).all(),
                                   by: \.organisationCode)
        return structure.systems.sorted { $0.name < $1.name }.flatMap { system in
            system.organisations.sorted { $0.name < $1.name }.map { organisation in
                TrackedSubmission(organisation: organisation, systemName: system.name, cycle: cycle,
                                  latestVersion: versions[organisation.code], submission: submissions[organisation.code],
                                  revisionUnderReview: Self.awaitingReview(histories[organisation.code] ?? []), today: today)
            }
        }
    }

    /// One organisation's standing in the cycle.
    func tracked(_ row: ReportingCycleRow, organisation: OrganisationEntry, systemName: String, today: Date) async throws -> TrackedSubmission {
        let version = try await latestVersions(row.cycle, organisation: organisation.code)[organisation.code]
        return TrackedSubmission(organisation: organisation, systemName: systemName, cycle: row.cycle,
                                 latestVersion: version, submission: try await submission(row, organisation.code),
                                 revisionUnderReview: Self.awaitingReview(try await events(row, organisation.code)), today: today)
    }

    /// The revision of a published return waiting for the region, from its history.
    static func awaitingReview(_ history: [SubmissionEventRow]) -> Int? {
        PublishedVersion.awaitingReview(history.compactMap(PublishedReturns.event))
    }

    /// The reasons given at the sign-off of `version` for letting its warnings stand.
    func acknowledgements(_ row: ReportingCycleRow, _ organisation: String, version: Int?) async throws -> [WarningAcknowledgementRow] {
        guard let version else { return [] }
        return try await WarningAcknowledgementRow.query(on: database).filter(\.$cycle.$id == row.id!)
            .filter(\.$organisationCode == organisation).filter(\.$returnVersion == version).sort(\.$at).all()
    }

    func submission(_ row: ReportingCycleRow, _ organisation: String) async throws -> SubmissionRow? {
        try await SubmissionRow.query(on: database).filter(\.$cycle.$id == row.id!).filter(\.$organisationCode == organisation).first()
    }

    /// What happened to one organisation's submission, oldest first.
    func events(_ row: ReportingCycleRow, _ organisation: String) async throws -> [SubmissionEventRow] {
        try await SubmissionEventRow.query(on: database).filter(\.$cycle.$id == row.id!)
            .filter(\.$organisationCode == organisation).sort(\.$at).all()
    }

    /// Signs off the organisation's latest return version, checked by `SignOffRule`, with the
    /// signer's reason for each data-quality warning. The first sign-off is kept for good: it
    /// decides lateness; later ones replace the signatory. Once the return is published, a
    /// sign-off sends the revision to the region, which alone makes it public (issue 20).
    /// - Parameter version: the version the signer read, when the form says; another is refused.
    func signOff(_ row: ReportingCycleRow, organisation: String, version expected: Int? = nil, name: String, jobTitle: String, lateReason: String?,
                 acknowledgements: [(warning: DataQualityWarning, reason: String)] = [], actor: String, now: Date) async throws {
        try await database.transaction { database in
            let store = CycleStore(database: database)
            let cycle = row.cycle
            let version = try await store.latestVersions(cycle, organisation: organisation)[organisation]
            if let expected, let version, expected != version {
                throw ParityError.conflict("Version \(version) of the return was imported after you read version \(expected): check its warnings and sign it off again.")
            }
            let existing = try await store.submission(row, organisation)
            let facts = SubmissionFacts(hasReturn: version != nil, firstSignedOff: existing?.firstSignedOffAt, isSignedOff: existing?.signedOffAt != nil)
            let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
            let jobTitle = jobTitle.trimmingCharacters(in: .whitespacesAndNewlines)
            try SignOffRule.check(facts, in: cycle, now: now, name: name, jobTitle: jobTitle, lateReason: lateReason)
            let reasons = Dictionary(uniqueKeysWithValues: acknowledgements.enumerated().map { ($0.offset, $0.element.reason) })
            if let unacknowledged = SignOffRule.unacknowledged(acknowledgements.map(\.warning), reasons: reasons).first {
                throw ParityError.invalidInput(unacknowledged.message)
            }
            let submission = existing ?? SubmissionRow()
            if existing == nil {
                submission.$cycle.id = row.id!
                submission.organisationCode = organisation
                submission.firstSignedOffAt = now
                if SignOffRule.needsLateReason(facts, in: cycle, now: now) {
                    submission.lateReason = lateReason?.trimmingCharacters(in: .whitespacesAndNewlines)
                }
            }
            submission.signedOffAt = now
            submission.signedOffBy = name
            submission.signedOffTitle = jobTitle
            submission.signedOffVersion = version!
            try await submission.save(on: database)
            // The late reason stays on the submission, where only readers of the figures see it.
            let late = existing == nil && submission.lateReason != nil ? " After the deadline." : ""
            let review = existing?.publishedAt != nil ? " Sent to the region for review." : ""
            try await SubmissionEventRow(cycleID: row.id!, organisationCode: organisation, kind: .signedOff, at: now, returnVersion: version!,
                                         text: "Signed off by \(name), \(jobTitle).\(late)\(review)", actor: actor).create(on: database)
            for (warning, reason) in acknowledgements {
                try await WarningAcknowledgementRow(cycleID: row.id!, organisationCode: organisation, returnVersion: version!, subject: warning.subject,
                                                    message: warning.message, reason: reason, at: now, actor: actor).create(on: database)
            }
            try await AuditLog(database: database, actor: actor, now: now).record(
                .returnSignedOff, subject: "\(organisation) \(cycle.name) version \(version!)",
                after: SignOffAuditRecord(name: name, jobTitle: jobTitle, acknowledgements: acknowledgements.map { ["warning": $0.warning.message, "reason": $0.reason] }))
        }
    }

    /// Called by the importer, inside its transaction, for each new version: a signed-off
    /// return changes only with a reason (`SignOffRule.checkChange`), and the change reopens
    /// sign-off. Without a cycle for the return, nothing is checked.
    func recordChange(_ key: ReturnKey, version: Int, reason: String?, actor: String, now: Date) async throws {
        guard let row = try await ReportingCycleRow.query(on: database)
            .filter(\.$standard == key.standard.rawValue).filter(\.$year == key.year).first() else { return }
        guard let submission = try await submission(row, key.organisation), submission.signedOffAt != nil else { return }
        let facts = SubmissionFacts(hasReturn: true, firstSignedOff: submission.firstSignedOffAt, isSignedOff: true)
        do {
            try SignOffRule.checkChange(facts, in: row.cycle, reason: reason)
        } catch let error as ParityError {
            throw ParityError.invalidInput("\(key.organisation): \(error.description) Nothing was saved.")
        }
        let reason = reason!.trimmingCharacters(in: .whitespacesAndNewlines)
        submission.signedOffAt = nil
        try await submission.save(on: database)
        try await SubmissionEventRow(cycleID: row.id!, organisationCode: key.organisation, kind: .reopened, at: now, returnVersion: version,
                                     text: reason, actor: actor).create(on: database)
        try await AuditLog(database: database, actor: actor, now: now).record(
            .returnReopened, subject: "\(key.organisation) \(row.cycle.name) version \(version)", after: ["reason": reason])
    }

    /// Publishes the signed-off, unpublished returns of `organisations`; returns how many.
    func publish(_ row: ReportingCycleRow, organisations: Set<String>, actor: String, now: Date) async throws -> Int {
        try await database.transaction { database in
            let ready = try await SubmissionRow.query(on: database).filter(\.$cycle.$id == row.id!)
                .filter(\.$organisationCode ~~ organisations).all()
                .filter { $0.signedOffAt != nil && $0.publishedAt == nil }
            for submission in ready {
                submission.publishedAt = now
                try await submission.save(on: database)
                try await SubmissionEventRow(cycleID: row.id!, organisationCode: submission.organisationCode, kind: .published, at: now,
                                             returnVersion: submission.signedOffVersion, text: "Published by the region.", actor: actor).create(on: database)
            }
            if !ready.isEmpty {
                try await StoredFiguresWriter(database: database).refresh(row.cycle.standard, year: row.year)
                try await AuditLog(database: database, actor: actor, now: now).record(
                    .returnPublished, subject: row.cycle.name, after: ready.map(\.organisationCode).sorted())
            }
            return ready.count
        }
    }

    /// Organisation code → the newest version number of its return in the cycle.
    func latestVersions(_ cycle: ReportingCycle, organisation: String? = nil) async throws -> [String: Int] {
        let query = ReturnVersionRow.query(on: database)
            .join(OrganisationRow.self, on: \ReturnVersionRow.$organisation.$id == \OrganisationRow.$id)
            .filter(\.$standard == cycle.standard.rawValue).filter(\.$year == cycle.year)
        if let organisation { query.filter(OrganisationRow.self, \.$code == organisation) }
        var newest: [String: Int] = [:]
        for version in try await query.all() {
            let code = try version.joined(OrganisationRow.self).code
            newest[code] = max(newest[code] ?? 0, version.version)
        }
        return newest
    }
}

extension ReportingCycleRow {
    /// The core cycle these dates describe.
    var cycle: ReportingCycle {
        ReportingCycle(standard: Standard(rawValue: standard) ?? .wres, year: year, snapshot: snapshot, deadline: deadline, publication: publication)
    }
}
