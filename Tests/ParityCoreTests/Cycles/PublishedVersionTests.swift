import Testing
@testable import ParityCore

/// Which version of a return the public reads (issue 9), and which revision waits for the
/// region (issue 20).
@Suite struct PublishedVersionTests {
    typealias Event = PublishedVersion.Event

    @Test(arguments: [
        ([], nil),
        ([.signedOff(version: 1)], nil),
        ([.signedOff(version: 1), .published(version: 1)], 1),
        ([.signedOff(version: 1), .published(version: 1), .reopened], 1),
        // A correction signed off again after publication waits for the region.
        ([.signedOff(version: 1), .published(version: 1), .reopened, .signedOff(version: 2)], 1),
        ([.signedOff(version: 1), .published(version: 1), .reopened, .signedOff(version: 2), .revisionAccepted(version: 2)], 2),
        ([.signedOff(version: 1), .published(version: 1), .reopened, .signedOff(version: 2), .revisionRejected(version: 2)], 1),
        ([.signedOff(version: 1), .published(version: 1), .reopened, .signedOff(version: 2), .revisionAccepted(version: 2), .reopened], 2),
        ([.signedOff(version: 1), .reopened, .signedOff(version: 2), .published(version: 2)], 2),
        ([.signedOff(version: 1), .reopened, .signedOff(version: 2)], nil),
    ] as [([Event], Int?)])
    func theVersionThePublicReads(_ history: [Event], _ expected: Int?) {
        #expect(PublishedVersion.of(history) == expected)
    }

    @Test(arguments: [
        ([], nil),
        ([.signedOff(version: 1)], nil),
        ([.signedOff(version: 1), .published(version: 1)], nil),
        ([.signedOff(version: 1), .published(version: 1), .reopened], nil),
        ([.signedOff(version: 1), .published(version: 1), .reopened, .signedOff(version: 3)], 3),
        ([.signedOff(version: 1), .published(version: 1), .reopened, .signedOff(version: 3), .reopened], nil),
        ([.signedOff(version: 1), .published(version: 1), .reopened, .signedOff(version: 2), .revisionAccepted(version: 2)], nil),
        ([.signedOff(version: 1), .published(version: 1), .reopened, .signedOff(version: 2), .revisionRejected(version: 2)], nil),
        ([.signedOff(version: 1), .published(version: 1), .reopened, .signedOff(version: 2), .revisionRejected(version: 2),
          .reopened, .signedOff(version: 3)], 3),
        // Before publication a re-sign-off is no revision: the region publishes it as usual.
        ([.signedOff(version: 1), .reopened, .signedOff(version: 2)], nil),
    ] as [([Event], Int?)])
    func theRevisionWaitingForTheRegion(_ history: [Event], _ expected: Int?) {
        #expect(PublishedVersion.awaitingReview(history) == expected)
    }
}
