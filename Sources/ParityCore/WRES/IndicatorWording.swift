/// How each indicator's event and base are put into words (DOMAIN.md, WRES indicators).
struct IndicatorWording: Sendable {
    /// Who is counted: "applicants", "staff".
    let people: String
    /// The event after "as likely as … ": "to be appointed from shortlisting".
    let toDoEvent: String
    /// The event in the past: "were appointed from shortlisting".
    let didEvent: String
    /// Being in the base in the past: "were shortlisted".
    let wereInBase: String
    let title: String
    let summary: String

    static func of(_ indicator: Int) -> IndicatorWording? { all[indicator] }

    private static let inPost = "were in the indicator 1 headcount"

    private static let all: [Int: IndicatorWording] = [
        1: .init(people: "staff", toDoEvent: "", didEvent: "", wereInBase: "", title: "Workforce by pay band",
                 summary: "Percentage of staff in each Agenda for Change band and very senior managers, and in each medical and dental grade, compared with the percentage in the overall workforce."),
        2: .init(people: "applicants", toDoEvent: "to be appointed from shortlisting", didEvent: "were appointed from shortlisting",
                 wereInBase: "were shortlisted", title: "Appointment from shortlisting",
                 summary: "Relative likelihood of White applicants being appointed from shortlisting compared to BME applicants."),
        3: .init(people: "staff", toDoEvent: "to enter the formal disciplinary process", didEvent: "entered the formal disciplinary process",
                 wereInBase: inPost, title: "Formal disciplinary process",
                 summary: "Relative likelihood of BME staff entering the formal disciplinary process compared to White staff, over two years."),
        4: .init(people: "staff", toDoEvent: "to access non-mandatory training and CPD", didEvent: "accessed non-mandatory training and CPD",
                 wereInBase: inPost, title: "Non-mandatory training and CPD",
                 summary: "Relative likelihood of White staff accessing non-mandatory training and CPD compared to BME staff."),
        5: .init(people: "staff", toDoEvent: "", didEvent: "experienced harassment, bullying or abuse from patients, relatives or the public",
                 wereInBase: "", title: "Harassment from patients, relatives or the public",
                 summary: "Percentage of staff experiencing harassment, bullying or abuse from patients, relatives or the public in the last 12 months."),
        6: .init(people: "staff", toDoEvent: "", didEvent: "experienced harassment, bullying or abuse from staff",
                 wereInBase: "", title: "Harassment from staff",
                 summary: "Percentage of staff experiencing harassment, bullying or abuse from staff in the last 12 months."),
        7: .init(people: "staff", toDoEvent: "", didEvent: "believed the organisation provides equal opportunities for career progression or promotion",
                 wereInBase: "", title: "Equal opportunities for progression",
                 summary: "Percentage of staff believing that the organisation provides equal opportunities for career progression or promotion."),
        8: .init(people: "staff", toDoEvent: "", didEvent: "personally experienced discrimination at work from a manager, team leader or other colleagues",
                 wereInBase: "", title: "Discrimination at work",
                 summary: "Percentage of staff personally experiencing discrimination at work from a manager, team leader or other colleagues in the last 12 months."),
        9: .init(people: "members", toDoEvent: "", didEvent: "", wereInBase: "", title: "Board membership",
                 summary: "Percentage difference between the board's BME membership and its overall BME workforce, for the whole board, voting members and executive members."),
    ]
}
