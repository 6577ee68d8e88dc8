import Foundation

/// The Midlands reference file that ships with the server (`Sources/ParityServer/Organisations/
/// Reference/midlands.csv`), read from the source tree so the core test needs no resource and
/// tests the very file `parity setup midlands` loads.
enum MidlandsReference {
    static func csv() throws -> String {
        let packageFolder = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false).dropLast(4).joined(separator: "/")
        return try String(contentsOfFile: packageFolder + "/Sources/ParityServer/Organisations/Reference/midlands.csv", encoding: .utf8)
    }
}
