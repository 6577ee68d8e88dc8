import Testing
@testable import ParityCore

/// A plan's health comes from its actions' `DeliveryRule` statuses, and a plan is marked when
/// no action aims at an adverse indicator.
struct ActionPlanRulesTests {
    @Test(arguments: [
        ([DeliveryStatus](), PlanHealth.noActions),
        ([.green, .red, .amber], .overdue),
        ([.green, .amber, .complete], .atRisk),
        ([.green, .complete], .onTrack),
        ([.complete, .doneTargetMissed, .declined], .complete),
    ])
    func healthIsTheWorstThatHolds(statuses: [DeliveryStatus], health: PlanHealth) {
        #expect(PlanHealth.of(statuses) == health)
    }

    @Test func adverseIndicatorsWithoutAnActionAreFound() {
        // Indicator 2 at 30/100 ÷ 20/100 = 1.50 is adverse; nothing else has data.
        let adverse = GoodPracticeFixtures.published(year: 2026, GoodPracticeFixtures.workforce + GoodPracticeFixtures.appointments(white: 30, bme: 20), policy: .unrestricted)
        let tags = ActionPlanCoverage.adverseTags(wres: adverse, wdes: nil)
        #expect(tags == ["WRES 2"])
        #expect(ActionPlanCoverage.uncovered(adverse: tags, actionTags: [["WRES 9"], ["WRES 5", "WRES 6"]]) == ["WRES 2"])
        #expect(ActionPlanCoverage.uncovered(adverse: tags, actionTags: [["WRES 9"], ["WRES 2"]]).isEmpty)
    }
}
