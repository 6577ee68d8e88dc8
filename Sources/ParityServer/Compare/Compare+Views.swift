import ParityCore

/// `/compare`: the form to pick up to six organisations or systems, and the picked ones side
/// by side — a scorecard heatmap and a chart per indicator.
struct ComparePageView: Encodable {
    struct Choice: Encodable {
        var code: String
        var label: String
        var checked: Bool
    }

    /// A system and its organisations: a fieldset of the form.
    struct Group: Encodable {
        var name: String
        var choices: [Choice]
    }

    var chrome: PageChrome
    var errors: [FieldErrorView]
    var limit = ComparisonSelection.limit
    var year: Int?
    var years: [YearOptionView]
    var groups: [Group]
    /// The names of those compared, in order.
    var compared: [String] = []
    var heatmap: ChartView?
    var charts: [ChartView] = []
    /// This comparison's address, to share.
    var shareHref: String?
    var flagRule = AnalysisPolicy.standard.ruleDescription

    /// Every system of `structure`, then its organisations, ticked when `selected`.
    static func groups(_ structure: RegionStructure, selected: Set<String>) -> [Group] {
        structure.systems.map { system in
            Group(name: system.name, choices: [Choice(code: system.code, label: "\(system.name), the whole system (\(system.code))", checked: selected.contains(system.code))]
                + system.organisations.map { Choice(code: $0.code, label: "\($0.name) (\($0.code))", checked: selected.contains($0.code)) })
        }
    }
}
