import Testing
@testable import ParityCore

struct RepresentativenessTests {
    static let census = "the population served (Census 2021)"

    @Test(arguments: [
        // (BME, total, reference %, BME members needed)
        (1, 12, 24.5, 2), // 2/12 = 16.7%, 3/12 = 25%
        (1, 12, 25.0, 2), // exact boundary: 3/12 is 25%
        (1, 12, 25.1, 3),
        (3, 12, 25.0, 0),
        (0, 7, 24.5, 2), // 1/7 = 14.3%, 2/7 = 28.6%
        (7, 20, 35.0, 0), // 7/20 is exactly 35%
        (5, 10, 20.0, 0), // above
        (0, 4, 100.0, 4), // every seat
        (0, 3, 0.0, 0),
    ])
    func membersNeeded(bme: Int, total: Int, reference: Double, expected: Int) {
        let composition = Composition(bme: bme, white: total - bme, unknown: 0, disabled: 0)
        let r = Representativeness.compare(composition, referencePercent: reference, referenceName: Self.census, tolerancePoints: 5)
        #expect(r.membersNeeded == expected)
    }

    @Test func figures() {
        let r = Representativeness.compare(Composition(bme: 1, white: 10, unknown: 1, disabled: 0), referencePercent: 24.5, referenceName: Self.census, tolerancePoints: 5)
        #expect(r.bodyPercent == 100.0 / 12)
        #expect(r.gapPoints == 100.0 / 12 - 24.5)
        #expect(r.pointsPerAppointment == 100.0 / 12)
        #expect(!r.isSmallBody && !r.isWithinTolerance)
        let empty = Representativeness.compare(Composition(bme: 0, white: 0, unknown: 0, disabled: 0), referencePercent: 24.5, referenceName: Self.census, tolerancePoints: 5)
        #expect(empty.bodyPercent == nil && empty.gapPoints == nil && empty.pointsPerAppointment == nil)
        #expect(empty.membersNeeded == 0 && !empty.isWithinTolerance && empty.isSmallBody)
    }

    @Test(arguments: [
        // (BME, total, small body?) — small means fewer than 10.
        (0, 9, true), (0, 10, false), (3, 1, true),
    ])
    func smallBody(bme: Int, total: Int, expected: Bool) {
        let composition = Composition(bme: min(bme, total), white: total - min(bme, total), unknown: 0, disabled: 0)
        #expect(Representativeness.compare(composition, referencePercent: 20, referenceName: Self.census, tolerancePoints: 5).isSmallBody == expected)
    }

    @Test(arguments: [
        // (BME, total, tolerance, within?) against 24.5%: 39/200 = 19.5% is exactly 5 points below.
        (39, 200, 5.0, true), (38, 200, 5.0, false), (49, 200, 0.0, true), (48, 200, 0.0, false), (60, 200, 0.0, true),
    ])
    func toleranceEdge(bme: Int, total: Int, tolerance: Double, expected: Bool) {
        let composition = Composition(bme: bme, white: total - bme, unknown: 0, disabled: 0)
        #expect(Representativeness.compare(composition, referencePercent: 24.5, referenceName: Self.census, tolerancePoints: tolerance).isWithinTolerance == expected)
    }

    @Test(arguments: [
        (Composition(bme: 1, white: 11, unknown: 0, disabled: 0), 24.5, 5.0,
         "BME members are 8.3% of the People Board against 24.5% of the population served (Census 2021): 16.2 points below. 2 more BME members would close the gap."),
        (Composition(bme: 1, white: 5, unknown: 1, disabled: 0), 24.5, 5.0,
         "BME members are 14.3% of the People Board against 24.5% of the population served (Census 2021): 10.2 points below. 1 more BME member would close the gap. Small body: one appointment changes this by 14.3 points."),
        (Composition(bme: 4, white: 16, unknown: 0, disabled: 0), 24.5, 5.0,
         "BME members are 20.0% of the People Board against 24.5% of the population served (Census 2021): 4.5 points below, within the region's tolerance of 5 points. 1 more BME member would close the gap."),
        (Composition(bme: 4, white: 16, unknown: 0, disabled: 0), 24.5, 1.0,
         "BME members are 20.0% of the People Board against 24.5% of the population served (Census 2021): 4.5 points below. 1 more BME member would close the gap."),
        (Composition(bme: 4, white: 16, unknown: 0, disabled: 0), 22.0, 2.5,
         "BME members are 20.0% of the People Board against 22.0% of the population served (Census 2021): 2.0 points below, within the region's tolerance of 2.5 points. 1 more BME member would close the gap."),
        (Composition(bme: 3, white: 7, unknown: 0, disabled: 0), 24.5, 5.0,
         "BME members are 30.0% of the People Board against 24.5% of the population served (Census 2021): 5.5 points above."),
        (Composition(bme: 8, white: 20, unknown: 4, disabled: 0), 25.0, 5.0,
         "BME members are 25.0% of the People Board against 25.0% of the population served (Census 2021): level with it."),
        (Composition(bme: 2, white: 2, unknown: 0, disabled: 0), 24.5, 5.0,
         "BME members are 50.0% of the People Board against 24.5% of the population served (Census 2021): 25.5 points above. Small body: one appointment changes this by 25.0 points."),
        (Composition(bme: 0, white: 0, unknown: 0, disabled: 0), 24.5, 5.0,
         "No member of the People Board is in post, so its make-up cannot be compared with 24.5% of the population served (Census 2021)."),
    ])
    func sentence(composition: Composition, reference: Double, tolerance: Double, expected: String) {
        let r = Representativeness.compare(composition, referencePercent: reference, referenceName: Self.census, tolerancePoints: tolerance)
        #expect(r.sentence == expected)
    }

    @Test func bodyName() {
        let r = Representativeness.compare(Composition(bme: 1, white: 0, unknown: 0, disabled: 0), referencePercent: 10, referenceName: "the region (Census 2021)", tolerancePoints: 1, bodyName: "the ED&I sub-committee")
        #expect(r.sentence == "BME members are 100.0% of the ED&I sub-committee against 10.0% of the region (Census 2021): 90.0 points above. Small body: one appointment changes this by 100.0 points.")
    }
}
