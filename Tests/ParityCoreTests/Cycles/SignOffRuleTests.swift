import Foundation
import Testing
@testable import ParityCore

/// What sign-off and a change after sign-off require, on a fixed clock.
struct SignOffRuleTests {
    static let cycle = ReportingCycle.standardDates(.wres, year: 2026)
    static let beforeDeadline = CommitmentDay.utc(2026, 8, 20)
    static let afterDeadline = CommitmentDay.utc(2026, 9, 3)
    static let draft = SubmissionFacts(hasReturn: true)

    @Test func anOnTimeSignOffNeedsANameAndJobTitleOnly() throws {
        try SignOffRule.check(Self.draft, in: Self.cycle, now: Self.beforeDeadline, name: "A. Person", jobTitle: "Director of People", lateReason: nil)
        #expect(throws: ParityError.invalidInput("Enter the name of the person signing off the return.")) {
            try SignOffRule.check(Self.draft, in: Self.cycle, now: Self.beforeDeadline, name: "  ", jobTitle: "Director", lateReason: nil)
        }
        #expect(throws: ParityError.invalidInput("Enter the job title of the person signing off the return.")) {
            try SignOffRule.check(Self.draft, in: Self.cycle, now: Self.beforeDeadline, name: "A. Person", jobTitle: "", lateReason: nil)
        }
    }

    @Test func aLateFirstSignOffNeedsAReason() throws {
        #expect(throws: ParityError.invalidInput("The deadline was 31 August 2026: give the reason the return is late.")) {
            try SignOffRule.check(Self.draft, in: Self.cycle, now: Self.afterDeadline, name: "A. Person", jobTitle: "Director", lateReason: " ")
        }
        try SignOffRule.check(Self.draft, in: Self.cycle, now: Self.afterDeadline, name: "A. Person", jobTitle: "Director", lateReason: "Our ESR extract failed.")
    }

    @Test func aReSignOffAfterACorrectionKeepsTheFirstRecord() throws {
        let reopened = SubmissionFacts(hasReturn: true, firstSignedOff: Self.beforeDeadline, isSignedOff: false)
        #expect(!SignOffRule.needsLateReason(reopened, in: Self.cycle, now: Self.afterDeadline))
        try SignOffRule.check(reopened, in: Self.cycle, now: Self.afterDeadline, name: "A. Person", jobTitle: "Director", lateReason: nil)
    }

    @Test func nothingToSignOffOrAlreadySignedOffIsAConflict() {
        #expect(throws: ParityError.conflict("There is no WRES 2026 return to sign off yet: import it first.")) {
            try SignOffRule.check(.none, in: Self.cycle, now: Self.beforeDeadline, name: "A", jobTitle: "B", lateReason: nil)
        }
        let signed = SubmissionFacts(hasReturn: true, firstSignedOff: Self.beforeDeadline, isSignedOff: true)
        #expect(throws: ParityError.conflict("The WRES 2026 return is already signed off.")) {
            try SignOffRule.check(signed, in: Self.cycle, now: Self.beforeDeadline, name: "A", jobTitle: "B", lateReason: nil)
        }
    }

    @Test func changingASignedOffReturnNeedsAReason() throws {
        let signed = SubmissionFacts(hasReturn: true, firstSignedOff: Self.beforeDeadline, isSignedOff: true)
        #expect(throws: ParityError.self) { try SignOffRule.checkChange(signed, in: Self.cycle, reason: nil) }
        #expect(throws: ParityError.self) { try SignOffRule.checkChange(signed, in: Self.cycle, reason: "   ") }
        try SignOffRule.checkChange(signed, in: Self.cycle, reason: "Band 6 headcount was keyed twice.")
        // A draft, or a return already reopened, changes freely.
        try SignOffRule.checkChange(Self.draft, in: Self.cycle, reason: nil)
        try SignOffRule.checkChange(SubmissionFacts(hasReturn: true, firstSignedOff: Self.beforeDeadline, isSignedOff: false), in: Self.cycle, reason: nil)
    }
}

/// A form lists every blank field at once, in its order.
struct SignOffMissingFieldsTests {
    @Test func everyBlankFieldIsListedInOrder() {
        let cycle = ReportingCycle.standardDates(.wres, year: 2026)
        let late = CommitmentDay.utc(2026, 9, 3)
        let missing = SignOffRule.missing(SubmissionFacts(hasReturn: true), in: cycle, now: late, name: " ", jobTitle: "", lateReason: nil)
        #expect(missing.map(\.field) == [.name, .jobTitle, .lateReason])
        #expect(SignOffRule.missing(SubmissionFacts(hasReturn: true), in: cycle, now: CommitmentDay.utc(2026, 8, 3), name: "", jobTitle: "", lateReason: nil).map(\.field) == [.name, .jobTitle])
    }
}
