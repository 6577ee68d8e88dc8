import Testing
@testable import ParityCore

/// Which version of a return the public reads (issue 9).
@Suite struct PublishedVersionTests {
    typealias Event = PublishedVersion.Event

    @Test(arguments: [
        ([], nil),
        ([.signedOff(version: 1)], nil),
        ([.signedOff(version: 1), .published(version: 1)], 1),
        ([.signedOff(version: 1), .published(version: 1), .reopened], 1),
        ([.signedOff(version: 1), .published(version: 1), .reopened, .signedOff(version: 2)], 2),
        ([.signedOff(version: 1), .published(version: 1), .reopened, .signedOff(version: 2), .reopened], 2),
        ([.signedOff(version: 1), .reopened, .signedOff(version: 2), .published(version: 2)], 2),
        ([.signedOff(version: 1), .reopened, .signedOff(version: 2)], nil),
    ] as [([Event], Int?)])
    func theVersionThePublicReads(_ history: [Event], _ expected: Int?) {
        #expect(PublishedVersion.of(history) == expected)
    }
}
