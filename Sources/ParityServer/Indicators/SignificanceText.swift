/// Whether a figure's interval excludes parity, as the detail pages say it: beside the flag,
/// never a flag by itself (DOMAIN.md, flags for survey indicators).
enum SignificanceText {
    static func of(_ isSignificant: Bool?) -> String {
        switch isSignificant {
        case true?: "Statistically significant: the interval excludes parity"
        case false?: "Not statistically significant: the interval includes parity"
        case nil: "not defined"
        }
    }
}
