extension ExtractReader {
    /// Checks every cell of the row in `cells`; returns what it adds up to and its tally
    /// slot, or `nil` after recording its problems.
    func check(_ header: ExtractHeader) -> (ExtractRowOutcome, Int)? {
        guard cells.count == header.width else {
            issues.add(.wrongColumnCount, row: row, "the row has \(cells.count) cells, but the header has \(header.width). Check for a missing or extra comma.")
            return nil
        }
        var valid = true
        func invalid(_ column: ExtractColumn, _ message: @autoclosure () -> String, kind: ImportIssue.Kind = .invalidExtractValue) {
            issues.add(kind, row: row, column: column.rawValue, message())
            valid = false
        }
        let bankCell = cells[header.position(.bank)]
        guard let bank = values.flag.value(bankCell) else {
            invalid(.bank, "bank is \(Self.shown(bankCell)), not Y or N.")
            return nil
        }
        if bank { return (ExtractRowOutcome(kind: .bank), -1) }
        let organisationCell = cells[header.position(.organisation)]
        if !Self.isOrganisationCode(organisationCell) {
            invalid(.organisation, "organisation is \(Self.shown(organisationCell)); it should be the organisation's code (capital letters and digits, up to 12).", kind: .unknownOrganisation)
        }
        let yearCell = cells[header.position(.year)]
        let year = Self.wholeNumber(yearCell)
        if year == nil {
            invalid(.year, "year is \(Self.shown(yearCell)), not a year such as \(acceptedYears.upperBound - 1).", kind: .invalidYear)
        } else if let year, !acceptedYears.contains(year) {
            invalid(.year, "year \(year) is outside \(acceptedYears.lowerBound)–\(acceptedYears.upperBound).", kind: .yearOutOfRange)
        }
        let boardCell = header.coverage.board ? cells[header.position(.board)] : UnsafeBufferPointer(start: nil, count: 0)
        let seatCell = values.seat.value(boardCell)
        if seatCell == nil {
            invalid(.board, "board is \(Self.shown(boardCell)); leave it blank, or use one of \(BoardSeat.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        let seat = seatCell.flatMap { $0 }
        let workforceCell = cells[header.position(.workforce)]
        let gradeCell = cells[header.position(.grade)]
        let boardOnly = workforceCell.isEmpty && gradeCell.isEmpty && seat.map { !$0.isExecutive } == true
        var workforceGrade = -1
        if !boardOnly {
            if let workforce = values.workforce.value(workforceCell) {
                if let grade = values.grade.value(gradeCell) {
                    workforceGrade = values.workforceGradeIndex(workforce, grade)
                    if workforceGrade < 0 {
                        invalid(.grade, "grade \(Self.shown(gradeCell)) is not a grade of the \(workforce.rawValue) workforce.")
                    }
                } else {
                    invalid(.grade, "grade is \(Self.shown(gradeCell)); use a grade of the return format, such as band-5, band-8a, vsm or consultant.")
                }
            } else {
                invalid(.workforce, "workforce is \(Self.shown(workforceCell)); use non-clinical, clinical or medical.")
            }
        }
        let ethnicityCell = cells[header.position(.ethnicCategory)]
        let ethnicity = values.ethnicity(ethnicityCell)
        if ethnicity < 0 {
            invalid(.ethnicCategory, "ethnic_category is \(Self.shown(ethnicityCell)), not an ESR ethnic category code such as A, CA, LH or Z (blank when not known).")
        }
        var disability = 2
        if header.coverage.disability {
            let disabilityCell = cells[header.position(.disability)]
            if let declared = values.flag.value(disabilityCell) {
                disability = declared ? 0 : 1
            } else if !disabilityCell.isEmpty {
                invalid(.disability, "disability is \(Self.shown(disabilityCell)); use Y, N, or blank when not declared.")
            }
        }
        var events: UInt8 = 0
        for (column, event) in [(ExtractColumn.enteredDisciplinary, ExtractRowOutcome.disciplinary), (.accessedTraining, ExtractRowOutcome.training), (.enteredCapability, ExtractRowOutcome.capability)]
        where column != .enteredCapability || header.coverage.capability {
            let cell = cells[header.position(column)]
            if let flag = values.flag.value(cell) {
                if flag { events |= event }
            } else {
                invalid(column, "\(column.rawValue) is \(Self.shown(cell)), not Y or N.")
            }
        }
        guard valid, let year else { return nil }
        var outcome = ExtractRowOutcome(kind: boardOnly ? .boardOnly : .person)
        if !boardOnly {
            outcome.cell = Int32(ExtractCell.person(workforceGrade: workforceGrade, ethnicity: ethnicity, disability: disability))
            outcome.events = events
        }
        if let seat {
            outcome.boardCell = Int32(ExtractCell.board(seat: values.seatIndex(seat), ethnicity: ethnicity, disability: disability))
        }
        let organisation = String(decoding: organisationCell, as: UTF8.self)
        return (outcome, slot(organisation: organisation, year: year))
    }

    private static func isOrganisationCode(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        (1...12).contains(cell.count) && cell.allSatisfy {
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
        }
    }

    private static func wholeNumber(_ cell: UnsafeBufferPointer<UInt8>) -> Int? {
        guard (1...4).contains(cell.count) else { return nil }
        var value = 0
        for byte in cell {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// A cell's text as a message shows it: quoted and shortened, invisible characters escaped.
    static func shown(_ cell: UnsafeBufferPointer<UInt8>) -> String {
        ImportText.found(String(decoding: cell, as: UTF8.self))
    }
}
