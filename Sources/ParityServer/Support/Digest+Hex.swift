import Vapor

extension Digest {
    /// The digest as lowercase hexadecimal, as `sha256sum` prints it.
    var hexString: String { map { String(format: "%02x", $0) }.joined() }
}
