/// Why a text could not be turned into a QR code.
public enum QRCodeError: Error, Sendable, Hashable {
    /// The UTF-8 text is `bytes` long but the largest supported symbol (version 10) holds
    /// only `maximum` bytes at the requested error correction level.
    case tooLong(bytes: Int, maximum: Int)
}
