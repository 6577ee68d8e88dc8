import Foundation
import Testing
@testable import ParityCore

/// Cycle state transitions on a fixed clock: the WRES 2026 cycle with its standard dates
/// (snapshot 31 March, deadline 31 August, publication 31 October 2026).
struct SubmissionStateTests {
    static let cycle = ReportingCycle.standardDates(.wres, year: 2026)
    static func d(_ month: Int, _ day: Int, _ hour: Int = 12) -> Date { CommitmentDay.utc(2026, month, day, hour) }

    @Test func standardDatesAreTheNationalTimetable() {
        #expect(Self.cycle.snapshot == CommitmentDay.utc(2026, 3, 31))
        #expect(Self.cycle.deadline == CommitmentDay.utc(2026, 8, 31))
        #expect(Self.cycle.publication == CommitmentDay.utc(2026, 10, 31))
    }

    @Test func anOrganisationMovesFromNotStartedToPublished() {
        let cycle = Self.cycle
        #expect(SubmissionState.of(.none, in: cycle, today: Self.d(6, 1)) == .notStarted)
        let draft = SubmissionFacts(hasReturn: true)
        #expect(SubmissionState.of(draft, in: cycle, today: Self.d(7, 1)) == .draftImported)
        let signed = SubmissionFacts(hasReturn: true, firstSignedOff: Self.d(8, 20), isSignedOff: true)
        #expect(SubmissionState.of(signed, in: cycle, today: Self.d(9, 1)) == .submitted)
        #expect(!cycle.isPublicationOpen(today: Self.d(10, 30, 23)))
        #expect(cycle.isPublicationOpen(today: Self.d(10, 31, 0)))
        #expect(SubmissionState.of(signed, in: cycle, today: Self.d(11, 5)) == .submitted)
        var published = signed
        published.isPublished = true
        #expect(SubmissionState.of(published, in: cycle, today: Self.d(11, 5)) == .published)
        #expect(!SubmissionState.isLate(published, in: cycle, today: Self.d(11, 5)))
        // A correction reopens sign-off: a draft again until it is signed off again.
        published.isSignedOff = false
        #expect(SubmissionState.of(published, in: cycle, today: Self.d(11, 6)) == .draftImported)
    }

    @Test func theDeadlineDayIsOnTimeAndTheNextDayLate() {
        let onTheDay = SubmissionFacts(hasReturn: true, firstSignedOff: Self.d(8, 31, 23), isSignedOff: true)
        #expect(SubmissionState.of(onTheDay, in: Self.cycle, today: Self.d(9, 2)) == .submitted)
        let nextDay = SubmissionFacts(hasReturn: true, firstSignedOff: Self.d(9, 1, 0), isSignedOff: true)
        #expect(SubmissionState.of(nextDay, in: Self.cycle, today: Self.d(9, 2)) == .late)
        // Not signed off: still a draft (or not started) past the deadline, but overdue from the next day.
        let draft = SubmissionFacts(hasReturn: true)
        #expect(!SubmissionState.isLate(draft, in: Self.cycle, today: Self.d(8, 31, 23)))
        #expect(SubmissionState.of(draft, in: Self.cycle, today: Self.d(9, 1, 0)) == .draftImported)
        #expect(SubmissionState.isLate(draft, in: Self.cycle, today: Self.d(9, 1, 0)))
        #expect(SubmissionState.of(.none, in: Self.cycle, today: Self.d(9, 1, 0)) == .notStarted)
        #expect(SubmissionState.isLate(.none, in: Self.cycle, today: Self.d(9, 1, 0)))
    }

    @Test func theLateFlagIsNotResetByALaterCorrection() {
        // Signed off late on 10 September, reopened by a correction, signed off again.
        let reopened = SubmissionFacts(hasReturn: true, firstSignedOff: Self.d(9, 10), isSignedOff: false)
        #expect(SubmissionState.isLate(reopened, in: Self.cycle, today: Self.d(9, 20)))
        #expect(SubmissionState.of(reopened, in: Self.cycle, today: Self.d(9, 20)) == .draftImported)
        let resigned = SubmissionFacts(hasReturn: true, firstSignedOff: Self.d(9, 10), isSignedOff: true)
        #expect(SubmissionState.of(resigned, in: Self.cycle, today: Self.d(9, 21)) == .late)
        #expect(SubmissionState.isLate(resigned, in: Self.cycle, today: Self.d(9, 21)))
        // Published, the record of lateness stays.
        let published = SubmissionFacts(hasReturn: true, firstSignedOff: Self.d(9, 10), isSignedOff: true, isPublished: true)
        #expect(SubmissionState.of(published, in: Self.cycle, today: Self.d(11, 1)) == .published)
        #expect(SubmissionState.isLate(published, in: Self.cycle, today: Self.d(11, 1)))
    }

    @Test func aCorrectionAfterTheDeadlineDoesNotMakeAnOnTimeReturnLate() {
        let reopened = SubmissionFacts(hasReturn: true, firstSignedOff: Self.d(8, 1), isSignedOff: false)
        #expect(!SubmissionState.isLate(reopened, in: Self.cycle, today: Self.d(9, 20)))
        #expect(SubmissionState.of(reopened, in: Self.cycle, today: Self.d(9, 20)) == .draftImported)
        let resigned = SubmissionFacts(hasReturn: true, firstSignedOff: Self.d(8, 1), isSignedOff: true)
        #expect(SubmissionState.of(resigned, in: Self.cycle, today: Self.d(9, 21)) == .submitted)
    }

    @Test func daysToTheDeadlineCountWholeDays() {
        #expect(Self.cycle.daysToDeadline(today: Self.d(8, 31, 23)) == 0)
        #expect(Self.cycle.daysToDeadline(today: Self.d(8, 3, 0)) == 28)
        #expect(Self.cycle.daysToDeadline(today: Self.d(9, 1)) == -1)
    }

    @Test func datesOutOfOrderAreRefused() throws {
        var cycle = Self.cycle
        cycle.deadline = Self.d(3, 1)
        #expect(throws: ParityError.invalidInput("The submission deadline must come after the snapshot date.")) { try cycle.validated() }
        cycle = Self.cycle
        cycle.publication = Self.d(8, 30)
        #expect(throws: ParityError.invalidInput("The publication date must be on or after the submission deadline.")) { try cycle.validated() }
        cycle = Self.cycle
        cycle.deadline = Self.d(8, 31, 15)
        #expect(try cycle.validated().deadline == CommitmentDay.utc(2026, 8, 31))
    }
}
