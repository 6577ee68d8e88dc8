import Fluent
import Foundation

/// A short pulse survey a system lead runs among its staff (issue 6): open and close dates,
/// answered anonymously through its link, results only after it closes.
final class PulseSurveyRow: Model, @unchecked Sendable {
    static let schema = "pulse_surveys"

    @ID var id: UUID?
    @Field(key: "system_code") var systemCode: String
    @Field(key: "slug") var slug: String
    @Field(key: "title") var title: String
    /// The first day answers are taken (UTC midnight).
    @Field(key: "opens_on") var opensOn: Date
    /// The first day answers are no longer taken: the survey runs up to, not including, it.
    @Field(key: "closes_on") var closesOn: Date
    @Field(key: "created_by") var createdBy: String

    init() {}
}

/// One question of a pulse survey, tagged to the indicators it speaks to.
final class PulseQuestionRow: Model, @unchecked Sendable {
    static let schema = "pulse_questions"

    @ID var id: UUID?
    @Field(key: "survey_id") var surveyID: UUID
    @Field(key: "position") var position: Int
    @Field(key: "kind") var kind: String
    @Field(key: "text") var text: String
    /// WRES indicator numbers, comma-separated; empty when none.
    @Field(key: "indicators") var indicators: String

    init() {}
}

/// One person's answers: no time, account or address, only the optional groups results are
/// broken down by.
final class PulseResponseRow: Model, @unchecked Sendable {
    static let schema = "pulse_responses"

    @ID var id: UUID?
    @Field(key: "survey_id") var surveyID: UUID
    /// Answers by question position, "1=agree,2=yes".
    @Field(key: "answers") var answers: String
    @OptionalField(key: "ethnicity") var ethnicity: String?
    @OptionalField(key: "disability") var disability: String?

    init() {}
}
