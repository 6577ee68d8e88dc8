/// A sender: an address and an optional display name (`Parity <parity@example.nhs.uk>`).
public struct MailAddress: Sendable, Equatable {
    public var address: String
    public var name: String?

    public init(address: String, name: String? = nil) {
        self.address = address
        self.name = name
    }

    /// Reads `name@domain` or `Display Name <name@domain>`; nil when the address is not one
    /// Parity would put in an envelope (`isDeliverable`).
    public static func parse(_ text: String) -> MailAddress? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") {
            let address = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
            var name = trimmed[..<open].trimmingCharacters(in: .whitespaces)
            if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 { name = String(name.dropFirst().dropLast()) }
            guard isDeliverable(address), !name.contains(where: { $0.isNewline || $0 == "\"" || $0 == "\\" }) else { return nil }
            return MailAddress(address: address, name: name.isEmpty ? nil : name)
        }
        return isDeliverable(trimmed) ? MailAddress(address: trimmed) : nil
    }

    /// Whether `address` is a plain `local@domain` that can go in `MAIL FROM:<…>`, `RCPT TO:<…>`
    /// and a header as it is: printable ASCII with no space, angle bracket, comma, semicolon,
    /// quote or backslash, one `@` with something either side, at most 254 characters. Anything
    /// else could end a command or a header early (`a@b\r\nBcc: …`).
    public static func isDeliverable(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              address.utf8.count <= 254 else { return false }
        return address.unicodeScalars.allSatisfy { (0x21...0x7E).contains($0.value) && !"<>,;\"\\()[]:".unicodeScalars.contains($0) }
    }

    /// The domain, for the `Message-ID`s of messages sent from this address.
    public var domain: String { String(address.split(separator: "@").last ?? "localhost") }
}
