import Fluent
import Foundation
import ParityCore

/// The demo region's panel at work: challenges to the People Boards in every state (one
/// overdue, one awaiting rating, one closed, one escalated) with panel-only notes; case
/// studies, some celebrated, dated so the returns show before and after; resources; people
/// decisions with and without the staff network; and an issued People Board pack. Runs inside
/// the demo seeder's transaction, after governance, commitments and staff voice.
struct DemoPanel {
    let database: Database
    let now: Date

    private static let day = 86_400.0
    private static let panelEmail = "panel@demo.parity.invalid"
    private static let systemLeadEmail = "system-lead@demo.parity.invalid"
    private static let dataLeadEmail = "data-lead@demo.parity.invalid"

    func seed(latestYear: Int) async throws {
        let boards = try await BodyRow.query(on: database).filter(\.$kind == BodyKind.peopleBoard.rawValue).sort(\.$level).sort(\.$name).all()
        let systemBoards = boards.filter { $0.level == BodyLevel.system.rawValue }
        try await seedChallenges(systemBoards: systemBoards, regionBoard: boards.first { $0.level == BodyLevel.region.rawValue })
        try await seedDecisions(systemBoards: systemBoards)
        try await seedGoodPractice(latestYear: latestYear)
    }

    private func seedChallenges(systemBoards: [BodyRow], regionBoard: BodyRow?) async throws {
        let panel = Self.panelEmail
        let scenarios: [(ChallengeSubject, String, Double, ChallengeRating?, Bool, Bool)] = [
            (.indicator(2), "Shortlisted BME applicants remain far less likely to be appointed. What has changed in your recruitment panels since last year?", 40, nil, false, false),
            (.theme(VoiceTheme.harassmentFromColleagues.rawValue), "Staff keep telling the network about harassment from colleagues. What will the board do this quarter?", 20, nil, true, false),
            (.indicator(3), "Your disciplinary relative likelihood is adverse again. Which cases were reviewed by a second, independent manager?", 60, .partlySatisfied, true, false),
            (.indicator(9), "The board is less diverse than the workforce it leads. When will the representation plan reach its target?", 70, .notSatisfied, true, true),
            (.none, "How are the staff network's recommendations from the spring listening events being answered?", 5, nil, false, false),
        ]
        for (index, board) in systemBoards.prefix(scenarios.count).enumerated() {
            let (subject, text, daysAgo, rating, responded, escalated) = scenarios[index]
            let raised = now.addingTimeInterval(-daysAgo * Self.day)
            let row = ChallengeRow()
            row.bodyID = try board.requireID()
            row.subject = subject.rawValue
            row.text = text
            row.raisedBy = panel
            row.raisedAt = raised
            row.dueAt = ChallengeLifecycle.defaultDue(raisedAt: raised)
            if responded {
                row.response = "The board has asked each trust for its plan and will report back at its next meeting."
                row.respondedBy = Self.systemLeadEmail
                row.respondedAt = raised.addingTimeInterval(14 * Self.day)
            }
            if let rating {
                row.rating = rating.rawValue
                row.ratingReason = rating == .notSatisfied ? "The response names no date and no owner." : "A good start; the panel would like the figures at the next meeting."
                row.closedAt = escalated ? nil : raised.addingTimeInterval(20 * Self.day)
            }
            if escalated {
                row.rating = nil
                row.escalatedAt = raised.addingTimeInterval(21 * Self.day)
            }
            try await row.create(on: database)
            let note = ChallengeNoteRow()
            note.challengeID = try row.requireID()
            note.author = panel
            note.postedAt = raised.addingTimeInterval(Self.day)
            note.text = "Panel only: raise at the next informal meeting with the system's Director of ED&I."
            try await note.create(on: database)
        }
        if let regionBoard {
            let row = ChallengeRow()
            row.bodyID = try regionBoard.requireID()
            row.subject = ChallengeSubject.indicator(7).rawValue
            row.text = "Across the region BME staff are less likely to believe there are equal opportunities for progression. What will the regional People Board ask of every system?"
            row.raisedBy = panel
            row.raisedAt = now.addingTimeInterval(-10 * Self.day)
            row.dueAt = ChallengeLifecycle.defaultDue(raisedAt: row.raisedAt)
            try await row.create(on: database)
        }
    }

    /// Six months of decisions per system board, the network involved in a share that varies
    /// by system so the maturity matrix shows every state.
    private func seedDecisions(systemBoards: [BodyRow]) async throws {
        let topics = ["Agreed the inclusive recruitment standard for bands 8a and above", "Approved the reciprocal mentoring programme",
                      "Adopted the just-culture review of disciplinary cases", "Set the system's targets for the representation plan",
                      "Approved the funding of the staff networks' chairs' time", "Agreed the response to the staff survey results"]
        for (index, board) in systemBoards.enumerated() {
            for (position, topic) in topics.enumerated() {
                let involvement: NetworkInvolvement = position < index % 4 + 2 ? (position % 2 == 0 ? .consultedBefore : .representedAtMeeting) : .notInvolved
                let row = DecisionRow()
                row.bodyID = try board.requireID()
                row.decidedOn = Calendar.utc.startOfDay(for: now.addingTimeInterval(-Double(20 + position * 30) * Self.day))
                row.decision = topic
                row.involvement = involvement.rawValue
                row.how = involvement == .notInvolved ? nil : "The BME staff network's chair " + (involvement == .consultedBefore ? "reviewed the paper beforehand." : "attended and spoke.")
                row.networkView = involvement == .notInvolved ? nil : "Supportive, with a request to report progress to the network."
                row.recordedBy = Self.systemLeadEmail
                row.recordedAt = row.decidedOn
                try await row.create(on: database)
            }
        }
    }

    private func seedGoodPractice(latestYear: Int) async throws {
        let organisations = try await OrganisationRow.query(on: database).sort(\.$code).limit(6).all()
        let studies: [(String, [Int], [VoiceTheme], String)] = [
            ("Diverse interview panels for every post at band 8a and above", [2], [.recruitment],
             "Every interview panel for a senior post now includes a trained member from a global majority background, and shortlisting is anonymised."),
            ("A second look at every disciplinary case", [3], [.disciplinary],
             "Before a formal investigation starts, a senior manager from another directorate reviews the case against a just-culture checklist."),
            ("Reciprocal mentoring with the executive team", [1, 7], [.progression, .leadershipCulture],
             "Each executive is mentored by a member of the BME staff network for a year, and the pairs report together to the board."),
            ("Bystander training for ward teams", [5, 6], [.harassmentFromColleagues, .harassmentFromPublic],
             "Every ward team took a two-hour bystander course, and incidents are now reported through a simple form the network helped design."),
        ]
        for (index, study) in studies.enumerated() where index < organisations.count {
            let row = CaseStudyRow()
            row.scopeKind = "organisation"
            row.scopeCode = organisations[index].code
            row.title = study.0
            row.problem = "The figures and what staff told the network showed a gap the organisation could not explain away."
            row.action = study.3
            row.result = "Staff say the process feels fairer; the organisation is watching the next returns."
            row.indicators = study.1.map(String.init).joined(separator: ",")
            row.themes = study.2.map(\.rawValue).joined(separator: ",")
            row.startedOn = Calendar.utc.date(from: DateComponents(year: latestYear - 2, month: 6, day: 1))!
            row.contact = "Head of Inclusion, \(organisations[index].name) (inclusion@example.org)"
            row.submittedBy = Self.dataLeadEmail
            row.submittedAt = now.addingTimeInterval(-Double(100 - index * 20) * Self.day)
            if index < 2 {
                row.endorsedBy = Self.panelEmail
                row.endorsedAt = now.addingTimeInterval(-Double(30 - index * 10) * Self.day)
            }
            try await row.create(on: database)
            if index == 0 {
                let request = LearningRequestRow()
                request.caseStudyID = try row.requireID()
                request.asker = Self.panelEmail
                request.askedAt = now.addingTimeInterval(-5 * Self.day)
                try await request.create(on: database)
            }
        }
        let resources = [(2, "NHS England: the WRES technical guidance", "https://www.england.nhs.uk/about/equality/equality-hub/workforce-equality-data-standards/equality-standard/"),
                         (3, "Just culture guide", "https://www.england.nhs.uk/patient-safety/a-just-culture-guide/")]
        for (indicator, title, url) in resources {
            let row = LearningResourceRow()
            row.indicator = indicator
            row.title = title
            row.url = url
            row.addedBy = Self.panelEmail
            row.addedAt = now
            try await row.create(on: database)
        }
    }
}
