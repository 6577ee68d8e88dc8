/// The pay clusters of WDES metric 1 as DOMAIN.md lists them: Agenda for Change bands 1–4
/// (under band 1 included), 5–7, 8a–8b, 8c–9 and VSM for non-clinical and clinical staff;
/// consultant, non-consultant career grade and trainee for medical and dental staff.
public enum WDESCluster: String, Sendable, Hashable, Codable, CaseIterable {
    case afc1to4 = "afc-1-4"
    case afc5to7 = "afc-5-7"
    case afc8aTo8b = "afc-8a-8b"
    case afc8cTo9 = "afc-8c-9"
    case vsm
    case consultant
    case nonConsultantCareer = "non-consultant-career"
    case trainee

    public var label: String {
        switch self {
        case .afc1to4: "Bands 1–4"
        case .afc5to7: "Bands 5–7"
        case .afc8aTo8b: "Bands 8a–8b"
        case .afc8cTo9: "Bands 8c–9"
        case .vsm: "VSM"
        case .consultant: "Consultant"
        case .nonConsultantCareer: "Non-consultant career grade"
        case .trainee: "Trainee"
        }
    }

    /// The grades the cluster gathers, for building cluster headcounts from grade-level data.
    public var grades: [Grade] {
        switch self {
        case .afc1to4: [.under1, .band1, .band2, .band3, .band4]
        case .afc5to7: [.band5, .band6, .band7]
        case .afc8aTo8b: [.band8a, .band8b]
        case .afc8cTo9: [.band8c, .band8d, .band9]
        case .vsm: [.vsm]
        case .consultant: [.consultant]
        case .nonConsultantCareer: [.nonConsultantCareer]
        case .trainee: [.trainee]
        }
    }

    /// The cluster holding `grade`; `nil` for the medical "other" grade, which WDES does
    /// not report.
    public static func containing(_ grade: Grade) -> WDESCluster? {
        allCases.first { $0.grades.contains(grade) }
    }

    /// The clusters a headcount of `workforce` may use, in order.
    public static func clusters(of workforce: Workforce) -> [WDESCluster] {
        switch workforce {
        case .nonClinical, .clinical: [.afc1to4, .afc5to7, .afc8aTo8b, .afc8cTo9, .vsm]
        case .medical: [.consultant, .nonConsultantCareer, .trainee]
        }
    }
}
