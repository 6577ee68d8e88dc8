/// The workforce split of WRES indicator 1: non-clinical and clinical staff by Agenda for
/// Change band, medical and dental staff by career grade.
public enum Workforce: String, Sendable, Hashable, Codable, CaseIterable {
    case nonClinical = "non-clinical"
    case clinical
    case medical

    public var label: String {
        switch self {
        case .nonClinical: "Non-clinical"
        case .clinical: "Clinical"
        case .medical: "Medical and dental"
        }
    }

    /// The grades a headcount row of this workforce may use (return file contract).
    public var grades: [Grade] {
        switch self {
        case .nonClinical, .clinical: Grade.agendaForChange
        case .medical: Grade.medical
        }
    }
}

/// A pay band (Agenda for Change, or very senior manager) or a medical career grade.
public enum Grade: String, Sendable, Hashable, Codable, CaseIterable {
    case under1 = "under-1"
    case band1 = "band-1", band2 = "band-2", band3 = "band-3", band4 = "band-4"
    case band5 = "band-5", band6 = "band-6", band7 = "band-7"
    case band8a = "band-8a", band8b = "band-8b", band8c = "band-8c", band8d = "band-8d"
    case band9 = "band-9"
    case vsm
    case consultant
    case nonConsultantCareer = "non-consultant-career"
    case trainee
    case other

    /// Agenda for Change bands and VSM, in order, as WRES indicator 1 lists them.
    public static let agendaForChange: [Grade] = [
        .under1, .band1, .band2, .band3, .band4, .band5, .band6, .band7,
        .band8a, .band8b, .band8c, .band8d, .band9, .vsm,
    ]
    /// Medical and dental career grades.
    public static let medical: [Grade] = [.consultant, .nonConsultantCareer, .trainee, .other]

    /// Band 8a and above, the senior grades of the Model Employer ambition.
    public var isSenior: Bool {
        [.band8a, .band8b, .band8c, .band8d, .band9, .vsm].contains(self)
    }

    public var label: String {
        switch self {
        case .under1: "Under band 1"
        case .vsm: "VSM"
        case .consultant: "Consultant"
        case .nonConsultantCareer: "Non-consultant career grade"
        case .trainee: "Trainee"
        case .other: "Other medical"
        default: "Band " + rawValue.dropFirst("band-".count)
        }
    }
}
