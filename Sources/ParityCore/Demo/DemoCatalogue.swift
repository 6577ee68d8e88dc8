/// The fictional region's systems and organisations. Every place name is invented and every
/// code starts with D, so nothing here can be mistaken for a real NHS body or ODS code
/// (DOMAIN.md: never fabricate figures about a real organisation).
enum DemoCatalogue {
    static let systems: [ReferenceSystem] = [
        ReferenceSystem(code: "D01", name: "Northmere City"),
        ReferenceSystem(code: "D02", name: "Elderbrook and Fenwold"),
        ReferenceSystem(code: "D03", name: "Kestrel Vale"),
        ReferenceSystem(code: "D04", name: "Marrowby and Thistlecombe"),
        ReferenceSystem(code: "D05", name: "Greywater Coast"),
        ReferenceSystem(code: "D06", name: "Oakhollow and Wrenmoor"),
        ReferenceSystem(code: "D07", name: "Stonereach"),
        ReferenceSystem(code: "D08", name: "Larkspur Downs"),
        ReferenceSystem(code: "D09", name: "Hollinvale"),
        ReferenceSystem(code: "D10", name: "Ravensholt and Glimmerdale"),
        ReferenceSystem(code: "D11", name: "Westerfold"),
    ]

    static let organisations: [DemoOrganisationSpec] = [
        spec("DA1", "Northmere Teaching Hospitals NHS Foundation Trust", .acute, "D01", 19_400, 0.36, .improving),
        spec("DA2", "Northmere Children's Hospital NHS Foundation Trust", .acute, "D01", 4_200, 0.28, .fair),
        spec("DA3", "Northmere and Westerfold Mental Health NHS Foundation Trust", .mentalHealth, "D01", 5_200, 0.40, .adverse),
        spec("DA4", "Northmere Community Healthcare NHS Trust", .community, "D01", 4_800, 0.31, .mixed),
        spec("DA5", "Northmere Eye Hospital NHS Foundation Trust", .other, "D01", 620, 0.26, .fair),
        spec("DA6", "Northmere Ambulance Service NHS Foundation Trust", .ambulance, "D01", 7_400, 0.07, .adverse),
        spec("DB1", "Elderbrook Royal Hospitals NHS Trust", .acute, "D02", 9_800, 0.21, .improving),
        spec("DB2", "Fenwold General Hospital NHS Foundation Trust", .acute, "D02", 4_100, 0.12, .adverse),
        spec("DB3", "Elderbrook and Fenwold Partnership NHS Trust", .combined, "D02", 3_900, 0.14, .fair),
        spec("DB4", "Fenwold Orthopaedic Hospital NHS Foundation Trust", .acute, "D02", 780, 0.13, .fair),
        spec("DC1", "Kestrel Vale University Hospitals NHS Trust", .acute, "D03", 12_600, 0.28, .adverse),
        spec("DC2", "Kestrel Vale Healthcare NHS Foundation Trust", .mentalHealth, "D03", 3_600, 0.24, .improving),
        spec("DC3", "Kestrel Vale Community Health Services NHS Trust", .community, "D03", 2_300, 0.17, .fair),
        spec("DD1", "Marrowby Hospitals NHS Foundation Trust", .acute, "D04", 7_200, 0.18, .mixed),
        spec("DD2", "Thistlecombe General Hospital NHS Trust", .acute, "D04", 3_300, 0.09, .adverse, gap: .disciplinaryYearBeforeLatest),
        spec("DD3", "Marrowby and Thistlecombe Mental Health NHS Trust", .mentalHealth, "D04", 2_800, 0.11, .fair),
        spec("DD4", "Marrowby Community Services NHS Trust", .community, "D04", 1_500, 0.07, .improving),
        spec("DE1", "Greywater Coast Hospitals NHS Trust", .acute, "D05", 8_400, 0.10, .adverse),
        spec("DE2", "Greywater Coast Partnership NHS Foundation Trust", .combined, "D05", 4_600, 0.06, .fair),
        spec("DE3", "Greywater Coast Ambulance Service NHS Trust", .ambulance, "D05", 3_200, 0.06, .mixed),
        spec("DF1", "Oakhollow University Hospitals NHS Foundation Trust", .acute, "D06", 14_200, 0.33, .improving),
        spec("DF2", "Wrenmoor Hospital NHS Trust", .acute, "D06", 2_900, 0.15, .fair),
        spec("DF3", "Oakhollow and Wrenmoor Mental Health NHS Foundation Trust", .mentalHealth, "D06", 4_000, 0.30, .adverse),
        spec("DF4", "Oakhollow Community Health NHS Trust", .community, "D06", 2_600, 0.23, .fair),
        spec("DF5", "Wrenmoor Dental Hospital NHS Trust", .other, "D06", 380, 0.19, .mixed),
        spec("DG1", "Stonereach Teaching Hospitals NHS Trust", .acute, "D07", 10_400, 0.26, .adverse),
        spec("DG2", "Stonereach Healthcare NHS Foundation Trust", .combined, "D07", 5_100, 0.20, .improving),
        spec("DG3", "Stonereach Women's Hospital NHS Foundation Trust", .acute, "D07", 1_900, 0.22, .fair),
        spec("DH1", "Larkspur Downs Hospitals NHS Foundation Trust", .acute, "D08", 6_100, 0.13, .fair),
        spec("DH2", "Larkspur Downs Mental Health NHS Trust", .mentalHealth, "D08", 2_200, 0.09, .adverse),
        spec("DH3", "Larkspur Downs Community NHS Trust", .community, "D08", 1_700, 0.06, .fair, gap: .surveyTwoYearsBeforeLatest),
        spec("DH4", "Larkspur Heart and Lung Hospital NHS Foundation Trust", .acute, "D08", 2_400, 0.25, .mixed),
        spec("DI1", "Hollinvale General Hospitals NHS Trust", .acute, "D09", 5_600, 0.15, .improving),
        spec("DI2", "Hollinvale Partnership NHS Foundation Trust", .combined, "D09", 3_100, 0.10, .fair),
        spec("DI3", "Hollinvale Rehabilitation Centre NHS Trust", .other, "D09", 510, 0.12, .adverse),
        spec("DJ1", "Ravensholt Royal Infirmary NHS Foundation Trust", .acute, "D10", 11_200, 0.35, .mixed),
        spec("DJ2", "Glimmerdale Hospitals NHS Trust", .acute, "D10", 4_700, 0.40, .adverse),
        spec("DJ3", "Ravensholt and Glimmerdale Mental Health NHS Trust", .mentalHealth, "D10", 3_400, 0.38, .improving),
        spec("DJ4", "Ravensholt Community Healthcare NHS Trust", .community, "D10", 2_100, 0.33, .fair),
        spec("DJ5", "Ravensholt Cancer Centre NHS Foundation Trust", .acute, "D10", 1_600, 0.29, .fair),
        spec("DK1", "Westerfold Hospitals NHS Trust", .acute, "D11", 6_800, 0.16, .adverse),
        spec("DK2", "Westerfold Healthcare NHS Foundation Trust", .combined, "D11", 3_700, 0.11, .improving),
        spec("DK3", "Westerfold Community and Wellbeing NHS Trust", .community, "D11", 720, 0.08, .fair),
    ]

    /// The systems of a demo at `scale`: the region's, and for the country the 31 beyond it.
    static func systems(_ scale: DemoScale) -> [ReferenceSystem] {
        switch scale {
        case .region: systems
        case .national: systems + nationalSystems
        }
    }

    /// The organisations of a demo at `scale`, the region's first, so each keeps its random
    /// stream (and its figures) at either scale.
    static func organisations(_ scale: DemoScale) -> [DemoOrganisationSpec] {
        switch scale {
        case .region: organisations
        case .national: organisations + nationalOrganisations()
        }
    }

    private static func spec(
        _ code: String, _ name: String, _ kind: OrganisationKind, _ systemCode: String,
        _ staff: Int, _ bmeShare: Double, _ outcome: DemoOutcome, gap: DemoGap? = nil
    ) -> DemoOrganisationSpec {
        DemoOrganisationSpec(code: code, name: name, kind: kind, systemCode: systemCode, staff: staff, bmeShare: bmeShare, outcome: outcome, gap: gap)
    }
}
