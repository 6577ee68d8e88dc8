/// What one cell holds and how it is shown.
public struct SheetCell: Sendable, Hashable {
    public enum Value: Sendable, Hashable {
        case text(String)
        case number(Double)

        /// The value as text: whole numbers without a decimal point ("12", not "12.0"), other
        /// numbers in Swift's shortest form that reads back to the same value.
        public var text: String {
            switch self {
            case let .text(text):
                return text
            case let .number(number):
                if number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
                return String(number)
            }
        }
    }

    /// The few looks a Parity workbook uses; a sheet read from a file has only `plain` cells.
    public enum Style: Sendable, Hashable, CaseIterable {
        case plain
        /// A sheet's title: large and bold.
        case title
        /// Column and row headings: bold.
        case heading
        /// A cell for the person to fill in: shaded, so it stands out from the labels.
        case input
        /// Guidance in smaller, grey text.
        case hint
    }

    public var value: Value
    public var style: Style

    public init(_ value: Value, style: Style = .plain) {
        self.value = value
        self.style = style
    }
}
