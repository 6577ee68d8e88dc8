import Foundation // Date

extension MaturityMatrix {
    /// The region's row, in `MaturityCriterion.regionCriteria` order, read from region-level
    /// bodies: the Race Equality Panel independently chaired, every one of `systemCodes`
    /// represented on the ED&I subgroup, and the regional People Board representative of
    /// the region's population (`populationBMEPercent`, 0–100) by the system rule.
    public static func region(bodies: [BodySnapshot], systemCodes: [String], populationBMEPercent: Double?, today: Date, tolerancePoints: Double) -> [MaturityCell] {
        let bodies = bodies.filter { $0.status != .stoodDown }
        return [
            panelIndependentlyChaired(leading(bodies, .raceEqualityPanel, at: .region), today: today),
            everySystemRepresented(leading(bodies, .ediSubgroup, at: .region), systemCodes: systemCodes, today: today),
            boardRepresentative(leading(bodies, .peopleBoard, at: .region), populationBMEPercent: populationBMEPercent, today: today, tolerancePoints: tolerancePoints),
        ]
    }

    static func panelIndependentlyChaired(_ panel: BodySnapshot?, today: Date) -> MaturityCell {
        func cell(_ state: MaturityState, _ text: String) -> MaturityCell {
            MaturityCell(criterion: .panelIndependentlyChaired, state: state, text: text, evidenceBodyID: panel?.id)
        }
        guard let panel else { return cell(.notMet, "No regional panel") }
        let chairs = panel.members.filter { $0.role == .independentChair && $0.isInPost(on: today) }
        guard let since = chairs.map(\.start).min() else { return cell(.notMet, "Not independently chaired") }
        return cell(.met, "Independently chaired since \(GovernanceCalendar.text(since))")
    }

    /// Counts the listed systems with at least one member in post representing them; codes
    /// that are not listed are ignored.
    static func everySystemRepresented(_ subgroup: BodySnapshot?, systemCodes: [String], today: Date) -> MaturityCell {
        func cell(_ state: MaturityState, _ text: String) -> MaturityCell {
            MaturityCell(criterion: .everySystemRepresented, state: state, text: text, evidenceBodyID: subgroup?.id)
        }
        let listed = Set(systemCodes)
        guard !listed.isEmpty else { return cell(.noEvidence, "No systems listed") }
        guard let subgroup else { return cell(.notMet, "No regional ED&I subgroup") }
        let represented = Set(subgroup.members.filter { $0.isInPost(on: today) }.compactMap(\.representsSystem)).intersection(listed)
        let text = "\(represented.count) of \(listed.count) systems represented"
        switch represented.count {
        case listed.count: return cell(.met, "All \(listed.count) systems represented")
        case 0: return cell(.notMet, text)
        default: return cell(.partial, text)
        }
    }
}
