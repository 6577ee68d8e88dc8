import Foundation
import Testing
@testable import ParityCore

struct ChallengeSubjectTests {
    @Test(arguments: [
        ("", ChallengeSubject.none),
        ("indicator:3", .indicator(3)),
        ("indicator:10", .indicator(10)),
        ("commitment:6F1C2A9E-0000-4000-8000-000000000001", .commitment("6F1C2A9E-0000-4000-8000-000000000001")),
        ("commitment:a:b", .commitment("a:b")),
        ("theme:recruitment", .theme("recruitment")),
    ])
    func roundTrip(raw: String, subject: ChallengeSubject) {
        #expect(ChallengeSubject(rawValue: raw) == subject)
        #expect(subject.rawValue == raw)
    }

    @Test(arguments: ["indicator", "indicator:", "indicator:03", "indicator:+3", "indicator:0", "indicator:-1", "indicator:x",
                      "commitment:", "theme:", "board:1", ":3", "recruitment"])
    func rejected(raw: String) {
        #expect(ChallengeSubject(rawValue: raw) == nil)
    }

    @Test func codableAsString() throws {
        let subjects: [ChallengeSubject] = [.none, .indicator(2), .theme("bullying")]
        let json = try JSONEncoder().encode(subjects)
        #expect(String(decoding: json, as: UTF8.self) == #"["","indicator:2","theme:bullying"]"#)
        #expect(try JSONDecoder().decode([ChallengeSubject].self, from: json) == subjects)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([ChallengeSubject].self, from: Data(#"["indicator:two"]"#.utf8)) }
    }
}
