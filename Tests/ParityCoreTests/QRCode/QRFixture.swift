import Foundation
import Testing
@testable import ParityCore

/// Reads the reference symbols under `Fixtures/qr/`, made by the Python `qrcode` library
/// (see `generate_references.py` there).
struct QRFixture {
    let version: Int
    /// Rows of dark flags per mask number 0–7.
    let masks: [[[Bool]]]

    static func load(_ name: String) throws -> QRFixture {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures/qr"))
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        var version = 0
        var masks: [[[Bool]]] = []
        for line in lines {
            if line.hasPrefix("version ") {
                version = try #require(Int(line.dropFirst("version ".count)))
            } else if line.hasPrefix("mask ") {
                masks.append([])
            } else {
                masks[masks.count - 1].append(line.map { $0 == "1" })
            }
        }
        return QRFixture(version: version, masks: masks)
    }
}

extension QRCode {
    /// The symbol as rows of dark flags, the shape of the fixtures.
    var rows: [[Bool]] {
        (0..<size).map { y in (0..<size).map { x in self[x, y] } }
    }
}
