/// One problem with a form: the id of the control it concerns (the error summary links to
/// it) and what to do, in the GOV.UK error-message style.
struct FieldErrorView: Encodable, Error {
    var field: String
    var message: String
}

/// Every problem found with one form, shown together above it.
struct FormErrors: Error {
    var errors: [FieldErrorView]
}
