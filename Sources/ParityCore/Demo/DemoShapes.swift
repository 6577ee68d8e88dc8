/// The shape of a typical NHS workforce, used to spread a demo organisation's staff over
/// the cells of WRES indicator 1. Rough national proportions, not any organisation's figures.
enum DemoShapes {
    /// The share of staff in each workforce for an organisation of this kind.
    static func workforceShare(_ workforce: Workforce, kind: OrganisationKind) -> Double {
        let shares: (nonClinical: Double, clinical: Double, medical: Double) = switch kind {
        case .acute: (0.32, 0.56, 0.12)
        case .mentalHealth: (0.30, 0.64, 0.06)
        case .community: (0.34, 0.62, 0.04)
        case .ambulance: (0.30, 0.698, 0.002)
        case .combined: (0.31, 0.62, 0.07)
        case .other: (0.35, 0.55, 0.10)
        }
        return switch workforce {
        case .nonClinical: shares.nonClinical
        case .clinical: shares.clinical
        case .medical: shares.medical
        }
    }

    /// The share of a workforce in each grade, in the order of `Workforce.grades`.
    static func gradeWeights(_ workforce: Workforce) -> [Double] {
        switch workforce {
        case .nonClinical: [0, 0.01, 0.22, 0.21, 0.17, 0.10, 0.09, 0.08, 0.05, 0.03, 0.018, 0.010, 0.006, 0.006]
        case .clinical: [0, 0, 0.11, 0.13, 0.05, 0.28, 0.22, 0.13, 0.05, 0.02, 0.008, 0.004, 0.002, 0.001]
        case .medical: [0.38, 0.12, 0.45, 0.05]
        }
    }

    /// How the BME share of a grade compares with the organisation's: it falls with seniority
    /// and is higher among medical staff. A steeper fall when the organisation is more adverse.
    static func bmeMultiplier(_ grade: Grade, bias: Double) -> Double {
        let base: Double = switch grade {
        case .under1, .band1, .band3: 1.0
        case .band2: 1.1
        case .band4: 0.95
        case .band5: 1.3
        case .band6: 1.05
        case .band7: 0.8
        case .band8a: 0.62
        case .band8b: 0.52
        case .band8c: 0.45
        case .band8d: 0.4
        case .band9: 0.35
        case .vsm: 0.3
        case .consultant: 1.6
        case .nonConsultantCareer: 2.2
        case .trainee: 1.9
        case .other: 1.8
        }
        guard base < 1 else { return base }
        return max(0.05, 1 - (1 - base) * (0.7 + 0.6 * bias))
    }
}
