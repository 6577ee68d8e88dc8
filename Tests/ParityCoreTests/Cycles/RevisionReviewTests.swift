import Testing
@testable import ParityCore

/// The region's review of a revision (issue 20) and the reasons a signer gives for warnings.
@Suite struct RevisionReviewTests {
    @Test func aReviewNeedsAWaitingRevisionAnotherReviewerADecisionAndAReason() throws {
        #expect(throws: ParityError.conflict("No revision of this return is waiting for the region's review.")) {
            try RevisionReview.check(.accept, reason: "Checked.", awaiting: nil, reviewer: "admin", revisedBy: [])
        }
        #expect(throws: ParityError.forbidden("You imported or signed off this revision: someone else in the region must review it.")) {
            try RevisionReview.check(.accept, reason: "Checked.", awaiting: 2, reviewer: "admin", revisedBy: ["admin", "lead"])
        }
        #expect(throws: ParityError.invalidInput("Choose whether to accept or reject the revision.")) {
            try RevisionReview.check(nil, reason: "Checked.", awaiting: 2, reviewer: "admin", revisedBy: ["lead"])
        }
        #expect(throws: ParityError.self) { try RevisionReview.check(.reject, reason: "  ", awaiting: 2, reviewer: "admin", revisedBy: ["lead"]) }
        try RevisionReview.check(.reject, reason: "Figures do not add up.", awaiting: 2, reviewer: "admin", revisedBy: ["lead"])
    }

    @Test func everyFieldLeftOutIsListed() {
        #expect(RevisionReview.missing(decision: nil, reason: "").map(\.field) == [.decision, .reason])
        #expect(RevisionReview.missing(decision: .accept, reason: "Fine.").isEmpty)
    }

    static let warnings = [
        DataQualityWarning(kind: .unknownShare, subject: "Workforce", message: "Ethnicity is unknown for 33.3% of the workforce."),
        DataQualityWarning(kind: .largeMovement, subject: "Indicator 2", message: "Indicator 2 moved from 1.20 to 6.00."),
    ]

    @Test(arguments: [
        ([:], [0, 1]),
        ([0: "Merged trust.", 1: " "], [1]),
        ([0: "Merged trust.", 1: String(repeating: "x", count: 501)], [1]),
        ([0: "Merged trust.", 1: "Two campaigns were counted twice."], []),
    ] as [([Int: String], [Int])])
    func eachWarningNeedsAShortReason(_ reasons: [Int: String], _ unacknowledged: [Int]) {
        #expect(SignOffRule.unacknowledged(Self.warnings, reasons: reasons).map(\.index) == unacknowledged)
    }
}
