import Foundation // Date

/// The governance maturity matrix of issue 4, derived from bodies and their members, never
/// ticked by hand. A stood-down body is no evidence of anything, so it is never read.
public enum MaturityMatrix {
    /// The share of the last 12 months' people decisions (0–1) the BME network must have been
    /// involved in for "network is critical friend" to be met. The strategy asks that networks
    /// are involved in decision-making without a figure; Parity's decision is at least half,
    /// so involvement is the rule rather than the exception. Any involvement below it is
    /// partly met.
    public static let involvementShareToMeet = 0.5

    /// One system's row, in `MaturityCriterion.systemCriteria` order. Bodies are read at system
    /// level, except the Director of ED&I, who may sit on any body of the system.
    /// `tolerancePoints` is how far below the population's BME percentage the People Board may
    /// be and still count as representative, and how far below the plan's path it may be and
    /// still be on track.
    public static func system(_ g: SystemGovernance, today: Date, tolerancePoints: Double) -> [MaturityCell] {
        let bodies = g.bodies.filter { $0.status != .stoodDown }
        let board = leading(bodies, .peopleBoard, at: .system)
        return [
            directorOfEDI(bodies, today: today),
            staffNetwork(bodies),
            networkCriticalFriend(g.networkInvolvement, network: leading(bodies, .staffNetwork, at: .system) { $0.isBMEFirstNetwork }),
            ediSubCommittee(leading(bodies, .ediSubCommittee, at: .system)),
            independentPanel(leading(bodies, .raceEqualityPanel, at: .system)),
            boardRepresentative(board, populationBMEPercent: g.populationBMEPercent, today: today, tolerancePoints: tolerancePoints),
            representationPlan(g.plan, board: board, today: today, tolerancePoints: tolerancePoints),
        ]
    }

    /// Met when a member of any body holds the Director of ED&I role today; the text names the
    /// earliest start among those in post.
    static func directorOfEDI(_ bodies: [BodySnapshot], today: Date) -> MaturityCell {
        let directors = bodies.flatMap { body in
            body.members.filter { $0.role == .directorOfEDI && $0.isInPost(on: today) }.map { (id: body.id, start: $0.start) }
        }
        guard let first = directors.min(by: { $0.start < $1.start }) else {
            return MaturityCell(criterion: .directorOfEDI, state: .notMet, text: "No Director of ED&I in post")
        }
        return MaturityCell(criterion: .directorOfEDI, state: .met, text: "Appointed since \(GovernanceCalendar.text(first.start))", evidenceBodyID: first.id)
    }

    /// Met by an established BME-first network; partly met while one is being established or
    /// when only another network is in place.
    static func staffNetwork(_ bodies: [BodySnapshot]) -> MaturityCell {
        let bme = leading(bodies, .staffNetwork, at: .system) { $0.isBMEFirstNetwork }
        let other = leading(bodies, .staffNetwork, at: .system) { !$0.isBMEFirstNetwork }
        func cell(_ state: MaturityState, _ text: String, _ body: BodySnapshot?) -> MaturityCell {
            MaturityCell(criterion: .staffNetwork, state: state, text: text, evidenceBodyID: body?.id)
        }
        if let bme, bme.status == .established {
            return cell(.met, "BME network established since \(GovernanceCalendar.text(bme.statusSince))", bme)
        }
        if let bme, bme.status == .beingEstablished { return cell(.partial, "BME network being established", bme) }
        if let other, other.status == .established { return cell(.partial, "A network is established, but not yet a BME network", other) }
        if let other, other.status == .beingEstablished { return cell(.partial, "Network being established", other) }
        if let proposed = bme ?? other { return cell(.notMet, "Proposed", proposed) }
        return cell(.notMet, "No system-wide network", nil)
    }

    /// Met when the network was involved in at least `involvementShareToMeet` of the last 12
    /// months' people decisions, partly met below that, not met when involved in none or when
    /// no decisions were recorded; no evidence until the decisions log exists (issue 7). The
    /// percentage shown is rounded down, so it reads 50% only once the threshold is reached.
    static func networkCriticalFriend(_ involvement: InvolvementShare?, network: BodySnapshot?) -> MaturityCell {
        let (state, text): (MaturityState, String) = switch (involvement, involvement?.share) {
        case (nil, _): (.noEvidence, "No evidence yet")
        case (_, nil): (.notMet, "No people decisions recorded in the last 12 months")
        case let (i?, _) where i.involved == 0 && i.total == 1: (.notMet, "Not involved in the only decision in the last 12 months")
        case let (i?, _) where i.involved == 0: (.notMet, "Not involved in any of \(i.total) decisions in the last 12 months")
        case let (i?, share?):
            (share >= involvementShareToMeet ? .met : .partial,
             "Involved in \(i.involved) of \(i.total) \(decisions(i.total)) (\(i.involved * 100 / i.total)%) in the last 12 months")
        }
        return MaturityCell(criterion: .networkCriticalFriend, state: state, text: text, evidenceBodyID: network?.id)
    }

    private static func decisions(_ count: Int) -> String {
        count == 1 ? "decision" : "decisions"
    }

    static func ediSubCommittee(_ body: BodySnapshot?) -> MaturityCell {
        stage(.ediSubCommittee, body, proposed: (.notMet, "Proposed"), absent: "Not in place")
    }

    /// Optional in the strategy, so considering one (proposed) already counts as partly met.
    static func independentPanel(_ body: BodySnapshot?) -> MaturityCell {
        stage(.independentPanel, body, proposed: (.partial, "Considered"), absent: "Not considered")
    }

    /// A criterion met by an established body and partly met by one being established.
    private static func stage(_ criterion: MaturityCriterion, _ body: BodySnapshot?, proposed: (MaturityState, String), absent: String) -> MaturityCell {
        guard let body, body.status != .stoodDown else {
            return MaturityCell(criterion: criterion, state: .notMet, text: absent)
        }
        let (state, text): (MaturityState, String) = switch body.status {
        case .established: (.met, "Established since \(GovernanceCalendar.text(body.statusSince))")
        case .beingEstablished: (.partial, "Being established")
        case .proposed, .stoodDown: proposed
        }
        return MaturityCell(criterion: criterion, state: state, text: text, evidenceBodyID: body.id)
    }
}
