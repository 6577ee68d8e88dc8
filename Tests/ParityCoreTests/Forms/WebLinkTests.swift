import Testing
@testable import ParityCore

@Suite struct WebLinkTests {
    static let refused = [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "\tjavascript:alert(1)", "\njavascript:alert(1)",
        "data:text/html,<script>alert(1)</script>", "DATA:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)", "VBScript:msgbox(1)",
        "javascript://example.org/%0aalert(1)", "java\tscript:alert(1)", "https://exa mple.org", "https://", "https:///path",
        "ftp://example.org/file", "//example.org", "example.org", "", "https://@evil",
    ]

    @Test(arguments: refused)
    func anythingButAnHTTPAddressIsRefused(_ text: String) {
        #expect(WebLink.validated(text) == nil)
    }

    @Test(arguments: [
        ("https://example.org/terms.pdf", "https://example.org/terms.pdf"),
        ("http://example.org", "http://example.org"),
        ("  HTTPS://Example.org/a?b=c#d \n", "HTTPS://Example.org/a?b=c#d"),
    ])
    func anHTTPAddressIsAcceptedTrimmed(_ text: String, _ expected: String) {
        #expect(WebLink.validated(text) == expected)
    }
}
