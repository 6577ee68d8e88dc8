import Fluent

/// Deployment-wide settings kept in the database, so every instance sees the same values.
struct SettingsStore {
    let database: Database

    private enum Key: String {
        case regionName = "region_name"
        case isDemo = "is_demo"
    }

    var regionName: String {
        get async throws { try await value(.regionName) ?? "Region" }
    }

    /// True when the data is the fictional demo region; every page then says so.
    var isDemo: Bool {
        get async throws { try await value(.isDemo) == "true" }
    }

    func setRegion(name: String, isDemo: Bool) async throws {
        try await set(.regionName, name)
        try await set(.isDemo, isDemo ? "true" : "false")
    }

    private func value(_ key: Key) async throws -> String? {
        try await SettingRow.find(key.rawValue, on: database)?.value
    }

    private func set(_ key: Key, _ value: String) async throws {
        if let row = try await SettingRow.find(key.rawValue, on: database) {
            row.value = value
            try await row.update(on: database)
        } else {
            try await SettingRow(key: key.rawValue, value: value).create(on: database)
        }
    }
}
