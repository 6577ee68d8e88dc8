import NIOCore

/// One reply of an SMTP server: a three-digit code and its lines of text (a multi-line reply,
/// `250-…` lines ending with `250 …`, is one reply).
struct SMTPReply: Sendable, Equatable {
    var code: Int
    var lines: [String]

    var isPositive: Bool { (200..<400).contains(code) }
    /// 5xx: the server will not do this, however often it is asked (RFC 5321 section 4.2.1).
    var isPermanentFailure: Bool { (500..<600).contains(code) }
    var text: String { "\(code) " + lines.joined(separator: " / ") }
}

/// Cuts the bytes an SMTP server sends into replies. A line longer than 2,000 bytes or a
/// reply of more than 100 lines is an error, so a hostile or broken server cannot make
/// Parity hold its bytes without end.
struct SMTPReplyDecoder: ByteToMessageDecoder {
    typealias InboundOut = SMTPReply
    private var lines: [String] = []

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let end = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            if buffer.readableBytes > 2000 { throw SMTPFailure.malformedReply("a line longer than 2,000 bytes") }
            return .needMoreData
        }
        let length = end - buffer.readerIndex
        guard var line = buffer.readString(length: length) else { return .needMoreData }
        buffer.moveReaderIndex(forwardBy: 1)
        if line.hasSuffix("\r") { line.removeLast() }
        let characters = Array(line.utf8)
        guard characters.count >= 3, let code = Int(String(decoding: characters[0..<3], as: UTF8.self)), (200..<600).contains(code) else {
            throw SMTPFailure.malformedReply(String(line.prefix(80)))
        }
        let separator = characters.count > 3 ? characters[3] : UInt8(ascii: " ")
        lines.append(characters.count > 4 ? String(decoding: characters[4...], as: UTF8.self) : "")
        guard lines.count <= 100 else { throw SMTPFailure.malformedReply("a reply of more than 100 lines") }
        if separator != UInt8(ascii: "-") {
            context.fireChannelRead(wrapInboundOut(SMTPReply(code: code, lines: lines)))
            lines = []
        }
        return .continue
    }

    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue {}
        return .needMoreData
    }
}
