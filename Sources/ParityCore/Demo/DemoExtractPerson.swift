/// One synthetic person of a demo extract, drawn from national proportions (`DemoExtract`).
struct DemoExtractPerson {
    var workforce: Workforce?
    var grade: Grade?
    var ethnicCode: String
    var disability: String
    var bank: Bool
    var disciplinary: Bool
    var capability: Bool
    var training: Bool

    /// Shares of the workforce: non-clinical, clinical, medical and dental.
    private static let workforces: [(Workforce, Double)] = [(.nonClinical, 0.32), (.clinical, 0.58), (.medical, 0.10)]
    private static let nonClinicalBands: [(Grade, Double)] = [
        (.under1, 0.002), (.band1, 0.01), (.band2, 0.17), (.band3, 0.22), (.band4, 0.16), (.band5, 0.11), (.band6, 0.09),
        (.band7, 0.08), (.band8a, 0.07), (.band8b, 0.04), (.band8c, 0.02), (.band8d, 0.012), (.band9, 0.006), (.vsm, 0.01),
    ]
    private static let clinicalBands: [(Grade, Double)] = [
        (.under1, 0.001), (.band1, 0.002), (.band2, 0.08), (.band3, 0.12), (.band4, 0.05), (.band5, 0.26), (.band6, 0.26),
        (.band7, 0.15), (.band8a, 0.05), (.band8b, 0.015), (.band8c, 0.006), (.band8d, 0.003), (.band9, 0.001), (.vsm, 0.002),
    ]
    private static let medicalGrades: [(Grade, Double)] = [(.consultant, 0.40), (.nonConsultantCareer, 0.15), (.trainee, 0.40), (.other, 0.05)]
    /// ESR codes by group, commonest first, with their shares within the group.
    private static let whiteCodes: [(String, Double)] = [("A", 0.82), ("B", 0.02), ("C", 0.08), ("CA", 0.03), ("C2", 0.03), ("CY", 0.02)]
    private static let bmeCodes: [(String, Double)] = [
        ("H", 0.22), ("LH", 0.05), ("J", 0.08), ("K", 0.03), ("L", 0.10), ("M", 0.08), ("N", 0.22),
        ("P", 0.04), ("R", 0.03), ("S", 0.06), ("D", 0.02), ("E", 0.02), ("F", 0.02), ("G", 0.03),
    ]
    private static let unknownCodes: [(String, Double)] = [("Z", 0.7), ("", 0.15), ("99", 0.1), ("X", 0.05)]

    static func draw(_ random: inout SplitMix64, bmeShare: Double) -> DemoExtractPerson {
        let workforce = pick(workforces, &random)
        let grade = pick(workforce == .medical ? medicalGrades : workforce == .clinical ? clinicalBands : nonClinicalBands, &random)
        let seniority = grade.isSenior ? (grade == .vsm ? 0.45 : 0.65) : 1.1
        let bme = workforce == .medical ? min(bmeShare * 1.9, 0.75) : bmeShare * seniority
        let group = random.unit()
        let ethnicity: PopulationGroup = group < 0.03 ? .unknown : group < 0.03 + bme * 0.97 ? .bme : .white
        let ethnicCode = pick(ethnicity == .bme ? bmeCodes : ethnicity == .white ? whiteCodes : unknownCodes, &random)
        let declared = random.unit()
        let disability = declared < 0.062 ? "Y" : declared < 0.80 ? "N" : ""
        return DemoExtractPerson(
            workforce: workforce, grade: grade, ethnicCode: ethnicCode, disability: disability,
            bank: random.unit() < 0.06,
            disciplinary: random.unit() < (ethnicity == .bme ? 0.011 : 0.008),
            capability: random.unit() < (disability == "Y" ? 0.006 : 0.003),
            training: random.unit() < (ethnicity == .bme ? 0.42 : 0.48)
        )
    }

    /// A non-executive board member: on the board, not in the workforce.
    static func nonExecutive(_ random: inout SplitMix64, bmeShare: Double) -> DemoExtractPerson {
        let bme = random.unit() < bmeShare * 0.8
        return DemoExtractPerson(workforce: nil, grade: nil, ethnicCode: bme ? "N" : "A", disability: random.unit() < 0.08 ? "Y" : "N",
                                 bank: false, disciplinary: false, capability: false, training: false)
    }

    /// Appends the row after its `organisation,year,` prefix, with its line break.
    func append(to buffer: inout [UInt8], seat: BoardSeat?) {
        let comma = UInt8(ascii: ",")
        buffer.append(contentsOf: (workforce?.rawValue ?? "").utf8)
        buffer.append(comma)
        buffer.append(contentsOf: (grade?.rawValue ?? "").utf8)
        buffer.append(comma)
        buffer.append(contentsOf: ethnicCode.utf8)
        buffer.append(comma)
        buffer.append(contentsOf: disability.utf8)
        for flag in [bank, disciplinary, capability, training] {
            buffer.append(comma)
            buffer.append(flag ? UInt8(ascii: "Y") : UInt8(ascii: "N"))
        }
        buffer.append(comma)
        buffer.append(contentsOf: (seat?.rawValue ?? "").utf8)
        buffer.append(UInt8(ascii: "\n"))
    }

    private static func pick<Value>(_ choices: [(Value, Double)], _ random: inout SplitMix64) -> Value {
        var remaining = random.unit() * choices.reduce(0) { $0 + $1.1 }
        for (value, weight) in choices {
            remaining -= weight
            if remaining < 0 { return value }
        }
        return choices[choices.count - 1].0
    }
}
