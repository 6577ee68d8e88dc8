import ParityCore
import Vapor

struct PasswordDTO: Content {
    var name: String?
    var password: String
    var confirm: String
}

/// The form that sets a password: accepting an invitation or resetting a password.
struct PasswordForm: Encodable {
    var chrome: PageChrome?
    var name = ""
    var email = ""
    var grant: String?
    var action = ""
    var asksForName = false
    var errors: [FieldError] = []
}

enum PasswordField {
    /// Everything wrong with a new password, as field errors for the form.
    static func problems(_ dto: PasswordDTO, email: String) -> [FieldError] {
        var errors = PasswordRules.standard.problems(dto.password, email: email).map { FieldError(field: "password", message: $0) }
        if dto.password != dto.confirm { errors.append(FieldError(field: "confirm", message: "The two passwords do not match")) }
        return errors
    }
}
