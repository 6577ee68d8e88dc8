/// The return as a workbook (issue 9): an Instructions sheet holding the organisation, year
/// and standard once, then one sheet per WRES indicator ("Indicator 2") or WDES metric
/// ("Metric 4a-i") in the familiar wide layout: a row per measure (its return-file name in
/// column A, a description in column B) and a column per group (from column C, headed by the
/// group's name). A filled workbook is read back into the rows of the return file
/// (`records(in:)`) and checked by the same rules as a CSV upload.
public enum ReturnWorkbook {
    static let instructionsSheet = "Instructions"
    /// Labels in column A of the Instructions sheet; each value is in column B beside it.
    static let organisationLabel = "Organisation"
    static let yearLabel = "Year"
    static let standardLabel = "Standard"
    /// The heading of column A on an indicator sheet; the rows below it are measures.
    static let measureHeading = "Measure"
    static let descriptionHeading = "Description"
    /// The first column holding counts (C).
    static let firstGroupColumn = 3
    /// How far down the label cells are looked for, so a person may add a line or two above them.
    static let labelSearchRows = 30

    /// The prefix of the sheet names of a standard's indicators: "Indicator 2", "Metric 4a-i".
    static func sheetPrefix(_ standard: Standard) -> String {
        switch standard {
        case .wres: "Indicator "
        case .wdes: "Metric "
        }
    }

    /// The indicator ids of a standard in order, as the `indicator` column writes them.
    static func indicatorIDs(_ standard: Standard) -> [String] {
        switch standard {
        case .wres: (1...9).map(String.init)
        case .wdes: WDESMetric.allCases.map(\.rawValue)
        }
    }

    /// The sheet name of indicator `id`: "Indicator 2".
    static func sheetName(_ standard: Standard, indicator id: String) -> String {
        sheetPrefix(standard) + id
    }

    /// The measures of indicator `id`, in template order, by their return-file name, each
    /// with a description and the groups it takes.
    static func measures(_ standard: Standard, indicator id: String) -> [(name: String, description: String, groups: [PopulationGroup])] {
        switch standard {
        case .wres:
            let indicator = Int(id) ?? 0
            return Measure.allWRES.filter { $0.wresIndicators.contains(indicator) }
                .map { ($0.rawValue, describe($0), Standard.wres.groups) }
        case .wdes:
            guard let metric = WDESMetric(rawValue: id) else { return [] }
            return WDESMeasure.allWDES.filter { $0.metrics.contains(metric) }.map { ($0.rawValue, describe($0), $0.groups(in: metric)) }
        }
    }

    private static func describe(_ measure: Measure) -> String {
        switch measure {
        case let .headcount(workforce, grade): "\(workforce.label) staff, \(grade.label): headcount"
        case .shortlisted: "Applicants shortlisted"
        case .appointed: "Applicants appointed from shortlisting"
        case .enteredDisciplinary: "Staff entering the formal disciplinary process"
        case .accessedTraining: "Staff accessing non-mandatory training and CPD"
        case .surveyRespondents: "Staff Survey respondents to the question"
        case .surveyYes: "Respondents answering yes"
        case let .board(seat): "Board members: " + seatWords(seat)
        }
    }

    private static func describe(_ measure: WDESMeasure) -> String {
        switch measure {
        case let .clusterHeadcount(workforce, cluster): "\(workforce.label) staff, \(cluster.label): headcount"
        case .shortlisted: "Applicants shortlisted"
        case .appointed: "Applicants appointed from shortlisting"
        case .enteredCapability: "Staff entering the formal capability process"
        case .surveyRespondents: "Staff Survey respondents to the question"
        case .surveyYes: "Respondents answering yes"
        case .engagementScoreSum: "Engagement score × respondents × 100, summed"
        case .actionTaken: "Action taken: 1 yes, 0 no (Disabled column only)"
        case let .board(seat): "Board members: " + seatWords(seat)
        }
    }

    private static func seatWords(_ seat: BoardSeat) -> String {
        "\(seat.isVoting ? "voting" : "non-voting") \(seat.isExecutive ? "executive" : "non-executive")"
    }
}
