/// How each WDES metric is put into words (DOMAIN.md, WDES metrics).
struct WDESWording: Sendable {
    let title: String
    let summary: String
    /// Who is counted: "applicants", "staff".
    var people = "staff"
    /// The event after "as likely as … ": "to be appointed from shortlisting".
    var toDoEvent = ""
    /// The event in the past: "were appointed from shortlisting".
    var didEvent = ""
    /// Being in the base in the past: "were shortlisted".
    var wereInBase = ""

    static func of(_ metric: WDESMetric) -> WDESWording { all[metric]! }

    /// A group's name inside a sentence: "non-disabled", otherwise its label.
    static func name(_ group: PopulationGroup) -> String {
        group == .nonDisabled ? "non-disabled" : group.label
    }

    private static let harassment = "experienced harassment, bullying or abuse from"

    private static let all: [WDESMetric: WDESWording] = [
        .representation: .init(title: "Workforce by pay cluster",
            summary: "Percentage of Disabled, non-disabled and Unknown staff in each Agenda for Change pay cluster and very senior managers, and in each medical and dental grade, non-clinical and clinical separately, compared with the overall workforce."),
        .appointment: .init(title: "Appointment from shortlisting",
            summary: "Relative likelihood of non-disabled applicants being appointed from shortlisting compared to Disabled applicants.",
            people: "applicants", toDoEvent: "to be appointed from shortlisting", didEvent: "were appointed from shortlisting", wereInBase: "were shortlisted"),
        .capability: .init(title: "Formal capability process",
            summary: "Relative likelihood of Disabled staff entering the formal capability process on the grounds of performance (not ill health) compared to non-disabled staff, over two years.",
            toDoEvent: "to enter the formal capability process", didEvent: "entered the formal capability process", wereInBase: "were in the metric 1 headcount"),
        .harassmentFromPublic: .init(title: "Harassment from patients, relatives or the public",
            summary: "Percentage of staff experiencing harassment, bullying or abuse from patients, service users, their relatives or other members of the public in the last 12 months.",
            didEvent: "\(harassment) patients, service users, their relatives or the public"),
        .harassmentFromManagers: .init(title: "Harassment from managers",
            summary: "Percentage of staff experiencing harassment, bullying or abuse from managers in the last 12 months.",
            didEvent: "\(harassment) managers"),
        .harassmentFromColleagues: .init(title: "Harassment from other colleagues",
            summary: "Percentage of staff experiencing harassment, bullying or abuse from other colleagues in the last 12 months.",
            didEvent: "\(harassment) other colleagues"),
        .reportedHarassment: .init(title: "Reporting harassment",
            summary: "Percentage of staff saying that the last time they experienced harassment, bullying or abuse at work, they or a colleague reported it.",
            didEvent: "said they or a colleague reported the last harassment, bullying or abuse they experienced at work"),
        .equalOpportunities: .init(title: "Equal opportunities for progression",
            summary: "Percentage of staff believing that the organisation provides equal opportunities for career progression or promotion.",
            didEvent: "believed the organisation provides equal opportunities for career progression or promotion"),
        .pressureToWorkWhenUnwell: .init(title: "Pressure to work when unwell",
            summary: "Percentage of staff who felt pressure from their manager to come to work despite not feeling well enough to perform their duties.",
            didEvent: "felt pressure from their manager to come to work when not well enough"),
        .valuedWork: .init(title: "Valued by the organisation",
            summary: "Percentage of staff satisfied with the extent to which the organisation values their work.",
            didEvent: "were satisfied with the extent to which the organisation values their work"),
        .reasonableAdjustments: .init(title: "Reasonable adjustments",
            summary: "Percentage of Disabled staff saying their employer has made adequate adjustments to enable them to carry out their work.",
            didEvent: "said their employer has made adequate adjustments to enable them to carry out their work"),
        .engagement: .init(title: "Staff engagement",
            summary: "Staff Survey engagement score (0–10) for Disabled staff, compared with non-disabled staff and the whole organisation."),
        .voiceAction: .init(title: "Disabled staff's voices",
            summary: "Whether the organisation has taken action to help the voices of Disabled staff be heard (yes or no), with a description."),
        .board: .init(title: "Board membership",
            summary: "Percentage difference between the board's Disabled membership and its overall Disabled workforce, for the whole board, voting members and executive members.",
            people: "members"),
    ]
}
