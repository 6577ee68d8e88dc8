/// What a published staff voice count counts: experiences of one scope, of one theme (or of
/// every theme, for the scope's number of contributions), in one slice.
public struct VoiceCountKey: Sendable, Hashable {
    public enum Slice: Sendable, Hashable {
        /// Every published experience.
        case all
        /// Those of the published periods (the latest four quarters), and of one of them.
        case recent, period(String)
        /// Those that gave an ethnic group, and those that gave this one.
        case ethnicityGiven, ethnicity(VoiceEthnicity)
        /// Those that said whether they consider themselves disabled, and those that said this.
        case disabilityGiven, disability(VoiceDisability)
    }

    public let scope: FigureScope
    public let theme: VoiceTheme?
    public let slice: Slice

    public init(_ scope: FigureScope, _ theme: VoiceTheme?, _ slice: Slice) {
        self.scope = scope
        self.theme = theme
        self.slice = slice
    }
}

/// One published experience, as the counts see it.
public struct VoiceContribution: Sendable {
    public var systemCode: String
    public var organisationCode: String?
    /// The published period it falls in (a quarter's label), if any.
    public var period: String?
    public var themes: Set<VoiceTheme>
    public var ethnicity: VoiceEthnicity?
    public var disability: VoiceDisability?

    public init(systemCode: String, organisationCode: String?, period: String?, themes: Set<VoiceTheme>,
                ethnicity: VoiceEthnicity?, disability: VoiceDisability?) {
        self.systemCode = systemCode
        self.organisationCode = organisationCode
        self.period = period
        self.themes = themes
        self.ethnicity = ethnicity
        self.disability = disability
    }

    /// The slices it counts in, for each of its themes.
    var slices: [VoiceCountKey.Slice] {
        var slices: [VoiceCountKey.Slice] = [.all]
        if let period { slices += [.recent, .period(period)] }
        if let ethnicity { slices += [.ethnicityGiven, .ethnicity(ethnicity)] }
        if let disability { slices += [.disabilityGiven, .disability(disability)] }
        return slices
    }
}
