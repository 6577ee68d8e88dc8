import Testing
@testable import ParityCore

struct WRESReadingTests {
    private static func indicator2(shortlisted: (Int?, Int?), appointed: (Int?, Int?)) -> LikelihoodComparison {
        let counts = WRESReturnBuilder()
            .with(2, .shortlisted, white: shortlisted.0, bme: shortlisted.1)
            .with(2, .appointed, white: appointed.0, bme: appointed.1).counts
        return WRESEngine.likelihood(indicator: 2, year: 2026, current: counts, previous: nil)
    }

    // 345/1000 ÷ 180/800 = 1.5333, CI 1.3140–1.7893 (python3).
    @Test func indicator2Sentence() {
        let c = Self.indicator2(shortlisted: (1000, 800), appointed: (345, 180))
        #expect(WRESReading.sentence(c)
            == "White applicants were 1.53 times as likely as BME applicants to be appointed from shortlisting (95% CI 1.31–1.79): adverse.")
    }

    @Test(arguments: [
        ((100, 0), (10, 0), "n/a: no BME applicants were shortlisted."),
        ((0, 100), (0, 10), "n/a: no White applicants were shortlisted."),
        ((100, 100), (10, 0), "n/a: no BME applicants were appointed from shortlisting."),
        ((100, 100), (126, 10), "n/a: the figures for White applicants are inconsistent (126 of a base of 100)."),
        ((100, 100), (0, 10), "No White applicants were appointed from shortlisting: too few events to conclude."),
        ((nil, nil), (nil, nil), "n/a: the return has no figures for this indicator."),
        ((100, nil), (10, nil), "n/a: the return has no figures for BME applicants."),
    ] as [((Int?, Int?), (Int?, Int?), String)])
    func indicator2UndefinedSentences(shortlisted: (Int?, Int?), appointed: (Int?, Int?), expected: String) {
        #expect(WRESReading.sentence(Self.indicator2(shortlisted: shortlisted, appointed: appointed)) == expected)
    }

    @Test func indicator3SentencesNameTheYears() throws {
        let pooled = WRESEngine.report(year: 2026, current: RealisticTrust.current, previous: RealisticTrust.previous)
        #expect(WRESReading.sentence(try #require(pooled.likelihoods[3]))
            == "BME staff were 2.81 times as likely as White staff to enter the formal disciplinary process (95% CI 1.50–5.28; two-year rolling, 2025–2026): adverse.")
        let single = WRESEngine.report(year: 2026, current: RealisticTrust.current, previous: nil)
        #expect(WRESReading.sentence(try #require(single.likelihoods[3]))
            == "BME staff were 2.70 times as likely as White staff to enter the formal disciplinary process (95% CI 1.14–6.38; one year only: 2025 data missing): adverse.")
        #expect(WRESReading.sentence(try #require(pooled.likelihoods[4]))
            == "White staff were 1.19 times as likely as BME staff to access non-mandatory training and CPD (95% CI 1.09–1.30): non-adverse.")
    }

    @Test func indicator3UndefinedSentences() {
        let noBMEEvents = WRESReturnBuilder().headcount(white: 500, bme: 100).with(3, .enteredDisciplinary, white: 4, bme: 0).counts
        let previous = WRESReturnBuilder().headcount(white: 500, bme: 100).with(3, .enteredDisciplinary, white: 2, bme: 0).counts
        let c = WRESEngine.likelihood(indicator: 3, year: 2026, current: noBMEEvents, previous: previous)
        #expect(WRESReading.sentence(c) == "No BME staff entered the formal disciplinary process (two-year rolling, 2025–2026): too few events to conclude.")
        let noWhiteEvents = WRESReturnBuilder().headcount(white: 500, bme: 100).with(3, .enteredDisciplinary, white: 0, bme: 3).counts
        #expect(WRESReading.sentence(WRESEngine.likelihood(indicator: 3, year: 2026, current: noWhiteEvents, previous: nil))
            == "n/a: no White staff entered the formal disciplinary process.")
    }

    @Test(arguments: [
        (5, "32.1% of BME staff and 27.4% of White staff experienced harassment, bullying or abuse from patients, relatives or the public: BME staff were 1.17 times as likely as White staff (95% CI 1.05–1.30), a gap of 4.7 points (95% CI 1.4 to 8.0): non-adverse."),
        (6, "19.0% of BME staff and 24.0% of White staff experienced harassment, bullying or abuse from staff: BME staff were 0.79 times as likely as White staff (95% CI 0.69–0.91), a gap of −5.0 points (95% CI −7.8 to −2.0): favourable."),
        (7, "50.0% of BME staff and 60.0% of White staff believed the organisation provides equal opportunities for career progression or promotion: White staff were 1.20 times as likely as BME staff (95% CI 1.12–1.29), a gap of −10.0 points (95% CI −13.5 to −6.4): non-adverse."),
        (8, "8.5% of BME staff and 8.0% of White staff personally experienced discrimination at work from a manager, team leader or other colleagues: BME staff were 1.06 times as likely as White staff (95% CI 0.84–1.35), a gap of 0.5 points (95% CI −1.4 to 2.6): non-adverse."),
    ])
    func surveySentences(indicator: Int, expected: String) throws {
        let report = WRESEngine.report(year: 2026, current: RealisticTrust.current, previous: nil)
        #expect(WRESReading.sentence(try #require(report.surveys[indicator])) == expected)
    }

    @Test(arguments: [
        ((10, 100), (3, 40), "Too few respondents to conclude: only 10 White staff answered (at least 11 needed in each group)."),
        ((6, 8), (2, 3), "Too few respondents to conclude: only 8 BME staff and 6 White staff answered (at least 11 needed in each group)."),
        ((100, 0), (30, 0), "n/a: no BME staff answered this question."),
        ((100, 50), (30, 60), "n/a: the survey figures for BME staff are inconsistent (60 yes of 50 respondents)."),
    ] as [((Int, Int), (Int, Int), String)])
    func surveyUndefinedSentences(respondents: (Int, Int), yes: (Int, Int), expected: String) {
        let counts = WRESReturnBuilder()
            .with(5, .surveyRespondents, white: respondents.0, bme: respondents.1)
            .with(5, .surveyYes, white: yes.0, bme: yes.1).counts
        #expect(WRESReading.sentence(WRESEngine.survey(indicator: 5, current: counts)) == expected)
    }

    @Test(arguments: [
        ((100, 50), (10, 0), "0.0% of BME staff and 10.0% of White staff experienced harassment, bullying or abuse from patients, relatives or the public, "
            + "a gap of −10.0 points (95% CI −17.4 to −1.6); no BME staff experienced harassment, bullying or abuse from patients, relatives or the public: too few events to conclude."),
        ((100, 50), (0, 10), "20.0% of BME staff and 0.0% of White staff experienced harassment, bullying or abuse from patients, relatives or the public, "
            + "a gap of 20.0 points (95% CI 10.5 to 33.0); n/a: no White staff experienced harassment, bullying or abuse from patients, relatives or the public, so the relative likelihood is not defined."),
    ] as [((Int, Int), (Int, Int), String)])
    func surveyWithoutARelativeLikelihoodInterval(respondents: (Int, Int), yes: (Int, Int), expected: String) {
        let counts = WRESReturnBuilder()
            .with(5, .surveyRespondents, white: respondents.0, bme: respondents.1)
            .with(5, .surveyYes, white: yes.0, bme: yes.1).counts
        #expect(WRESReading.sentence(WRESEngine.survey(indicator: 5, current: counts)) == expected)
    }

    @Test func missingSurveySentence() {
        #expect(WRESReading.sentence(WRESEngine.survey(indicator: 6, current: ReturnCounts()))
            == "n/a: the return has no survey figures for this indicator.")
    }

    @Test func titlesAndSummaries() {
        #expect((1...9).allSatisfy { !WRESReading.title(indicator: $0).isEmpty && !WRESReading.summary(indicator: $0).isEmpty })
        #expect(Set((1...9).map { WRESReading.title(indicator: $0) }).count == 9)
        #expect(WRESReading.title(indicator: 2) == "Appointment from shortlisting")
        #expect(WRESReading.summary(indicator: 2) == "Relative likelihood of White applicants being appointed from shortlisting compared to BME applicants.")
        #expect(WRESReading.title(indicator: 12) == "Indicator 12" && WRESReading.summary(indicator: 12).isEmpty)
    }
}
