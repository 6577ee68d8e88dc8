import Testing
@testable import ParityCore

/// One row of the expected access matrix: `cells` has one character per column of
/// `AccessFixtures.resources` — region, S1, S2, O1 (in S1), O2 (in S2), account — "Y" allowed, "." denied.
struct MatrixRow: Sendable, CustomTestStringConvertible {
    let who: String
    let action: Action
    let cells: String
    var testDescription: String { "\(who) \(action.rawValue)" }
}

@Suite("Access matrix")
struct AccessMatrixTests {
    //                                                                   R S1 S2 O1 O2 A
    static let rows: [MatrixRow] = [
        MatrixRow(who: "regional admin", action: .readPublished, cells: "YYYYYY"),
        MatrixRow(who: "regional admin", action: .readUnsuppressed, cells: "YYYYY."),
        MatrixRow(who: "regional admin", action: .importReturn, cells: "YYYYY."),
        MatrixRow(who: "regional admin", action: .signOffReturn, cells: "YYYYY."),
        MatrixRow(who: "regional admin", action: .manageUsers, cells: "YYYYY."),
        MatrixRow(who: "regional admin", action: .manageReferenceData, cells: "YYYYY."),
        MatrixRow(who: "regional admin", action: .browseAudit, cells: "YYYYY."),
        MatrixRow(who: "regional admin", action: .raiseChallenge, cells: "YYYYY."),
        MatrixRow(who: "regional admin", action: .endorseGoodPractice, cells: "YYYYY."),
        MatrixRow(who: "regional admin", action: .manageGovernance, cells: "YYYYY."),
        MatrixRow(who: "regional admin", action: .manageCommitments, cells: "YYYYY."),
        MatrixRow(who: "regional admin", action: .moderateStaffVoice, cells: "YYYYY."),
        MatrixRow(who: "regional admin", action: .readStaffVoice, cells: "YYYYY."),
        MatrixRow(who: "regional admin", action: .giveNetworkAccount, cells: "YYYYY."),
        MatrixRow(who: "regional admin", action: .recordNetworkInvolvement, cells: "YYYYY."),
        MatrixRow(who: "regional admin", action: .manageOwnTokens, cells: ".....Y"),
        MatrixRow(who: "regional admin", action: .commentOnCommitment, cells: "YYYYY."),
        MatrixRow(who: "regional admin", action: .manageCycles, cells: "YYYYY."),
        MatrixRow(who: "regional admin", action: .editActionPlan, cells: "YYYYY."),
        MatrixRow(who: "regional admin", action: .rateActionPlan, cells: "YYYYY."),

        MatrixRow(who: "panel member", action: .readPublished, cells: "YYYYYY"),
        MatrixRow(who: "panel member", action: .readUnsuppressed, cells: "YYYYY."),
        MatrixRow(who: "panel member", action: .importReturn, cells: "......"),
        MatrixRow(who: "panel member", action: .signOffReturn, cells: "......"),
        MatrixRow(who: "panel member", action: .manageUsers, cells: "......"),
        MatrixRow(who: "panel member", action: .manageReferenceData, cells: "......"),
        MatrixRow(who: "panel member", action: .browseAudit, cells: "YYYYY."),
        MatrixRow(who: "panel member", action: .raiseChallenge, cells: "YYYYY."),
        MatrixRow(who: "panel member", action: .endorseGoodPractice, cells: "YYYYY."),
        MatrixRow(who: "panel member", action: .manageGovernance, cells: "......"),
        MatrixRow(who: "panel member", action: .manageCommitments, cells: "......"),
        MatrixRow(who: "panel member", action: .moderateStaffVoice, cells: "......"),
        MatrixRow(who: "panel member", action: .readStaffVoice, cells: "YYYYY."),
        MatrixRow(who: "panel member", action: .giveNetworkAccount, cells: "......"),
        MatrixRow(who: "panel member", action: .recordNetworkInvolvement, cells: "......"),
        MatrixRow(who: "panel member", action: .manageOwnTokens, cells: ".....Y"),
        MatrixRow(who: "panel member", action: .commentOnCommitment, cells: "YYYYY."),
        MatrixRow(who: "panel member", action: .manageCycles, cells: "......"),
        MatrixRow(who: "panel member", action: .editActionPlan, cells: "......"),
        MatrixRow(who: "panel member", action: .rateActionPlan, cells: "......"),

        MatrixRow(who: "system lead S1", action: .readPublished, cells: "YYYYYY"),
        MatrixRow(who: "system lead S1", action: .readUnsuppressed, cells: ".Y.Y.."),
        MatrixRow(who: "system lead S1", action: .importReturn, cells: "......"),
        MatrixRow(who: "system lead S1", action: .signOffReturn, cells: "......"),
        MatrixRow(who: "system lead S1", action: .manageUsers, cells: "......"),
        MatrixRow(who: "system lead S1", action: .manageReferenceData, cells: "......"),
        MatrixRow(who: "system lead S1", action: .browseAudit, cells: "......"),
        MatrixRow(who: "system lead S1", action: .raiseChallenge, cells: "......"),
        MatrixRow(who: "system lead S1", action: .endorseGoodPractice, cells: "......"),
        MatrixRow(who: "system lead S1", action: .manageGovernance, cells: ".Y.Y.."),
        MatrixRow(who: "system lead S1", action: .manageCommitments, cells: ".Y.Y.."),
        MatrixRow(who: "system lead S1", action: .moderateStaffVoice, cells: ".Y.Y.."),
        MatrixRow(who: "system lead S1", action: .readStaffVoice, cells: ".Y.Y.."),
        MatrixRow(who: "system lead S1", action: .giveNetworkAccount, cells: "......"),
        MatrixRow(who: "system lead S1", action: .recordNetworkInvolvement, cells: ".Y.Y.."),
        MatrixRow(who: "system lead S1", action: .manageOwnTokens, cells: ".....Y"),
        MatrixRow(who: "system lead S1", action: .commentOnCommitment, cells: "......"),
        MatrixRow(who: "system lead S1", action: .manageCycles, cells: "......"),
        MatrixRow(who: "system lead S1", action: .editActionPlan, cells: ".Y.Y.."),
        MatrixRow(who: "system lead S1", action: .rateActionPlan, cells: ".Y.Y.."),

        MatrixRow(who: "data lead O1", action: .readPublished, cells: "YYYYYY"),
        MatrixRow(who: "data lead O1", action: .readUnsuppressed, cells: "...Y.."),
        MatrixRow(who: "data lead O1", action: .importReturn, cells: "...Y.."),
        MatrixRow(who: "data lead O1", action: .signOffReturn, cells: "...Y.."),
        MatrixRow(who: "data lead O1", action: .manageUsers, cells: "......"),
        MatrixRow(who: "data lead O1", action: .manageReferenceData, cells: "......"),
        MatrixRow(who: "data lead O1", action: .browseAudit, cells: "......"),
        MatrixRow(who: "data lead O1", action: .raiseChallenge, cells: "......"),
        MatrixRow(who: "data lead O1", action: .endorseGoodPractice, cells: "......"),
        MatrixRow(who: "data lead O1", action: .manageGovernance, cells: "......"),
        MatrixRow(who: "data lead O1", action: .manageCommitments, cells: "......"),
        MatrixRow(who: "data lead O1", action: .moderateStaffVoice, cells: "......"),
        MatrixRow(who: "data lead O1", action: .readStaffVoice, cells: "......"),
        MatrixRow(who: "data lead O1", action: .giveNetworkAccount, cells: "......"),
        MatrixRow(who: "data lead O1", action: .recordNetworkInvolvement, cells: "......"),
        MatrixRow(who: "data lead O1", action: .manageOwnTokens, cells: ".....Y"),
        MatrixRow(who: "data lead O1", action: .commentOnCommitment, cells: "......"),
        MatrixRow(who: "data lead O1", action: .manageCycles, cells: "......"),
        MatrixRow(who: "data lead O1", action: .editActionPlan, cells: "...Y.."),
        MatrixRow(who: "data lead O1", action: .rateActionPlan, cells: "......"),

        MatrixRow(who: "network lead S1", action: .readPublished, cells: "YYYYYY"),
        MatrixRow(who: "network lead S1", action: .readUnsuppressed, cells: "......"),
        MatrixRow(who: "network lead S1", action: .importReturn, cells: "......"),
        MatrixRow(who: "network lead S1", action: .signOffReturn, cells: "......"),
        MatrixRow(who: "network lead S1", action: .manageUsers, cells: "......"),
        MatrixRow(who: "network lead S1", action: .manageReferenceData, cells: "......"),
        MatrixRow(who: "network lead S1", action: .browseAudit, cells: "......"),
        MatrixRow(who: "network lead S1", action: .raiseChallenge, cells: "......"),
        MatrixRow(who: "network lead S1", action: .endorseGoodPractice, cells: "......"),
        MatrixRow(who: "network lead S1", action: .manageGovernance, cells: "......"),
        MatrixRow(who: "network lead S1", action: .manageCommitments, cells: "......"),
        MatrixRow(who: "network lead S1", action: .moderateStaffVoice, cells: ".Y.Y.."),
        MatrixRow(who: "network lead S1", action: .readStaffVoice, cells: ".Y.Y.."),
        MatrixRow(who: "network lead S1", action: .giveNetworkAccount, cells: ".Y.Y.."),
        MatrixRow(who: "network lead S1", action: .recordNetworkInvolvement, cells: ".Y.Y.."),
        MatrixRow(who: "network lead S1", action: .manageOwnTokens, cells: ".....Y"),
        MatrixRow(who: "network lead S1", action: .commentOnCommitment, cells: "......"),
        MatrixRow(who: "network lead S1", action: .manageCycles, cells: "......"),
        MatrixRow(who: "network lead S1", action: .editActionPlan, cells: "......"),
        MatrixRow(who: "network lead S1", action: .rateActionPlan, cells: "......"),

        MatrixRow(who: "anonymous", action: .readPublished, cells: "YYYYYY"),
        MatrixRow(who: "anonymous", action: .readUnsuppressed, cells: "......"),
        MatrixRow(who: "anonymous", action: .importReturn, cells: "......"),
        MatrixRow(who: "anonymous", action: .signOffReturn, cells: "......"),
        MatrixRow(who: "anonymous", action: .manageUsers, cells: "......"),
        MatrixRow(who: "anonymous", action: .manageReferenceData, cells: "......"),
        MatrixRow(who: "anonymous", action: .browseAudit, cells: "......"),
        MatrixRow(who: "anonymous", action: .raiseChallenge, cells: "......"),
        MatrixRow(who: "anonymous", action: .endorseGoodPractice, cells: "......"),
        MatrixRow(who: "anonymous", action: .manageGovernance, cells: "......"),
        MatrixRow(who: "anonymous", action: .manageCommitments, cells: "......"),
        MatrixRow(who: "anonymous", action: .moderateStaffVoice, cells: "......"),
        MatrixRow(who: "anonymous", action: .readStaffVoice, cells: "......"),
        MatrixRow(who: "anonymous", action: .giveNetworkAccount, cells: "......"),
        MatrixRow(who: "anonymous", action: .recordNetworkInvolvement, cells: "......"),
        MatrixRow(who: "anonymous", action: .manageOwnTokens, cells: "......"),
        MatrixRow(who: "anonymous", action: .commentOnCommitment, cells: "......"),
        MatrixRow(who: "anonymous", action: .manageCycles, cells: "......"),
        MatrixRow(who: "anonymous", action: .editActionPlan, cells: "......"),
        MatrixRow(who: "anonymous", action: .rateActionPlan, cells: "......"),
    ]

    @Test func tableCoversEveryActorAndActionOnce() {
        let pairs = Self.rows.map { "\($0.who)/\($0.action.rawValue)" }
        #expect(Set(pairs).count == pairs.count)
        #expect(pairs.count == AccessFixtures.actors.count * Action.allCases.count)
        #expect(Set(Self.rows.map(\.who)) == Set(AccessFixtures.actors.keys))
        #expect(Self.rows.allSatisfy { $0.cells.count == AccessFixtures.resources.count })
    }

    @Test(arguments: rows)
    func decisionMatchesTable(row: MatrixRow) throws {
        let actor = try #require(AccessFixtures.actors[row.who])
        for (resource, cell) in zip(AccessFixtures.resources, row.cells) {
            let decision = AccessPolicy.decide(actor, row.action, resource)
            #expect(decision.isAllowed == (cell == "Y"), "\(row.who) \(row.action) \(resource)")
            if case let .denied(reason) = decision {
                #expect(!reason.isEmpty)
                #expect(reason.hasPrefix("Sign in first") == !actor.isSignedIn, "\(reason)")
            }
        }
    }
}
