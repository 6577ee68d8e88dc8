/// Where one person of an extract is counted: the indices of their workforce and grade,
/// ethnicity group and disability group in an `ExtractTally`'s flat layout. Kept as small
/// integers because the tally is updated once per row of files with millions of rows.
struct ExtractCell {
    /// The WRES workforce and grade pairs of indicator 1, in template order.
    static let workforceGrades: [(Workforce, Grade)] =
        Workforce.allCases.flatMap { workforce in workforce.grades.map { (workforce, $0) } }
    /// Ethnicity groups, in return order (White, BME, Unknown).
    static let ethnicities: [PopulationGroup] = Standard.wres.groups
    /// Disability groups, in return order (Disabled, non-disabled, Unknown).
    static let disabilities: [PopulationGroup] = Standard.wdes.groups

    /// What is counted for each person cell: in post, and each of the three events.
    enum Event: Int, CaseIterable {
        case headcount, enteredDisciplinary, enteredCapability, accessedTraining
    }

    static let personCells = workforceGrades.count * ethnicities.count * disabilities.count * Event.allCases.count
    static let boardCells = BoardSeat.allCases.count * ethnicities.count * disabilities.count
    /// How many counters one organisation and year holds.
    static let stride = personCells + boardCells

    @inline(__always)
    static func person(workforceGrade: Int, ethnicity: Int, disability: Int) -> Int {
        ((workforceGrade * 3 + ethnicity) * 3 + disability) * Event.allCases.count
    }

    @inline(__always)
    static func board(seat: Int, ethnicity: Int, disability: Int) -> Int {
        personCells + (seat * 3 + ethnicity) * 3 + disability
    }
}
