import Testing
@testable import ParityCore

@Suite struct FormBodyTests {
    @Test(arguments: [("", 0), ("a=1", 1), ("a=1&b=2", 2), ("x[]=&x[]=&x[]=", 3), ("&&", 3)])
    func fieldsAreCountedByTheirSeparators(_ body: String, _ expected: Int) {
        #expect(FormBody.fieldCount(urlEncoded: Array(body.utf8)) == expected)
    }

    @Test(arguments: [
        ("a=1&_csrf=tok%2Den&b=2", "tok-en"), ("_csrf=a+b", "a b"), ("_csrf", ""), ("a=1", nil), ("_csrfx=1&_csrf=2", "2"),
    ] as [(String, String?)])
    func aFieldIsReadFromAnURLEncodedBody(_ body: String, _ expected: String?) {
        #expect(FormBody.value(of: "_csrf", urlEncoded: Array(body.utf8)) == expected)
    }

    @Test func aFieldIsReadFromAMultipartBody() {
        let body = "--b\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\ntoken\r\n"
            + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nname=\"_csrf\"\r\n--b--\r\n"
        #expect(FormBody.value(of: "_csrf", multipart: Array(body.utf8), boundary: "b") == "token")
        #expect(FormBody.value(of: "narrative", multipart: Array(body.utf8), boundary: "b") == nil)
        #expect(FormBody.partCount(multipart: Array(body.utf8), boundary: "b") == 3)
    }
}
