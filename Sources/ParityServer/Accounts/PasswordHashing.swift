import Vapor

enum PasswordHashing {
    private struct DecoyKey: StorageKey { typealias Value = String }

    /// A hash of a random password, verified against when the email is unknown so that a
    /// failed sign-in costs the same whether or not the account exists.
    static func decoy(_ app: Application) throws -> String {
        if let hash = app.storage[DecoyKey.self] { return hash }
        let hash = try app.password.hash(SecretToken.make())
        app.storage[DecoyKey.self] = hash
        return hash
    }
}
