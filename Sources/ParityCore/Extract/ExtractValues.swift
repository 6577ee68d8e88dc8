/// The words each extract column allows, recognised from a cell's bytes.
struct ExtractValues {
    /// `Y` or `N`, in either case.
    let flag = ByteTokens([("Y", true), ("y", true), ("N", false), ("n", false)])
    let workforce = ByteTokens(Workforce.allCases.map { ($0.rawValue, $0) })
    let grade = ByteTokens(Grade.allCases.map { ($0.rawValue, $0) })
    /// Blank (no seat) or a `BoardSeat`.
    let seat = ByteTokens([("", BoardSeat?.none)] + BoardSeat.allCases.map { ($0.rawValue, Optional($0)) })
    /// For each first byte of an ethnic category code, its group's index in `ExtractCell.ethnicities`, or −1.
    private let ethnicityByFirstByte: [Int8]
    private let workforceGrades: [Workforce: [Grade: Int]]

    init() {
        var table = [Int8](repeating: -1, count: 256)
        for (byte, group) in EthnicCategory.groupByFirstCharacter {
            let index = Int8(ExtractCell.ethnicities.firstIndex(of: group)!)
            table[Int(byte)] = index
            table[Int(byte) + 32] = index
        }
        ethnicityByFirstByte = table
        var grades: [Workforce: [Grade: Int]] = [:]
        for (index, (workforce, grade)) in ExtractCell.workforceGrades.enumerated() {
            grades[workforce, default: [:]][grade] = index
        }
        workforceGrades = grades
    }

    /// The index in `ExtractCell.workforceGrades` of a workforce and grade, or −1 when the
    /// grade is not one of that workforce's.
    func workforceGradeIndex(_ workforce: Workforce, _ grade: Grade) -> Int {
        workforceGrades[workforce]?[grade] ?? -1
    }

    func seatIndex(_ seat: BoardSeat) -> Int {
        BoardSeat.allCases.firstIndex(of: seat)!
    }

    /// The index in `ExtractCell.ethnicities` of an ESR ethnic category code's group, or −1
    /// when the cell is not a code. Single letters, the commonest codes, are looked up
    /// directly; anything else goes through `EthnicCategory.group(of:)`.
    @inline(__always)
    func ethnicity(_ cell: UnsafeBufferPointer<UInt8>) -> Int {
        if cell.count == 1 { return Int(ethnicityByFirstByte[Int(cell[0])]) }
        guard let group = EthnicCategory.group(of: cell) else { return -1 }
        return ExtractCell.ethnicities.firstIndex(of: group)!
    }
}
