import Foundation // Date

extension MaturityMatrix {
    /// Met when the People Board's BME share today is within tolerance of the population's
    /// (see `Representativeness`); no evidence without a board, a member in post or a
    /// population figure.
    static func boardRepresentative(_ board: BodySnapshot?, populationBMEPercent: Double?, today: Date, tolerancePoints: Double) -> MaturityCell {
        func cell(_ state: MaturityState, _ text: String) -> MaturityCell {
            MaturityCell(criterion: .peopleBoardRepresentative, state: state, text: text, evidenceBodyID: board?.id)
        }
        guard let board else { return cell(.noEvidence, "No People Board recorded") }
        let composition = Composition.of(board.members, on: today)
        guard let bodyPercent = composition.bmePercent else { return cell(.noEvidence, "No members in post") }
        guard let populationBMEPercent else { return cell(.noEvidence, "No population figure") }
        let r = Representativeness.compare(composition, referencePercent: populationBMEPercent, referenceName: "the population served", tolerancePoints: tolerancePoints)
        let text = "\(DisplayFormat.percent(bodyPercent)) BME against \(DisplayFormat.percent(populationBMEPercent)) of the population served"
        if r.isWithinTolerance { return cell(.met, text) }
        return cell(.notMet, text + "; \(r.membersNeeded) more BME \(r.membersNeeded == 1 ? "member" : "members") needed")
    }

    /// Met when the People Board has met its plan's target or is on track today, read from the
    /// board's BME share of members in post; a plan not yet started is partly met.
    static func representationPlan(_ plan: RepresentationPlan?, board: BodySnapshot?, today: Date, tolerancePoints: Double) -> MaturityCell {
        func cell(_ state: MaturityState, _ text: String) -> MaturityCell {
            MaturityCell(criterion: .representationPlan, state: state, text: text, evidenceBodyID: board?.id)
        }
        guard let plan else { return cell(.noEvidence, "No plan yet") }
        let actual = board.flatMap { Composition.of($0.members, on: today).bmePercent }
        let versus = actual.map { "\(DisplayFormat.percent($0)) against \(DisplayFormat.percent(plan.expectedPercent(on: today))) expected" } ?? ""
        switch plan.status(actualPercent: actual, on: today, tolerancePoints: tolerancePoints) {
        case .notStarted: return cell(.partial, "Starts \(GovernanceCalendar.text(plan.start))")
        case .noData: return cell(.noEvidence, "No People Board figure yet")
        case .met: return cell(.met, "Target of \(DisplayFormat.percent(plan.targetPercent)) met")
        case .onTrack: return cell(.met, "On track: " + versus)
        case .behind: return cell(.notMet, "Behind: " + versus)
        }
    }
}
