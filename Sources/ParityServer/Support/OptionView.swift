/// One choice of a select, radio group or checkbox list, as every form's template reads it.
struct OptionView: Encodable {
    var value: String
    var label: String
    var selected: Bool
}
