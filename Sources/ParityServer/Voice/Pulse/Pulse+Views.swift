import ParityCore
import Vapor

/// The pages of pulse surveys.
enum PulseViews {
    struct SurveyItem: Encodable {
        var title: String
        var dates: String
        var state: String
        /// The answer link: only for those who run the system's surveys, to share with staff;
        /// never published, or anyone could answer (issue 19).
        var link: String?
        /// Once the survey has closed, its link takes no answers and its results are public.
        var resultsHref: String?
    }

    struct QuestionFields: Encodable {
        var index: Int
        var number: Int
        var text: String
        var kinds: [OptionView]
        var indicators: String
    }

    struct ListPage: Encodable {
        var chrome: PageChrome
        var systemName: String
        var surveys: [SurveyItem]
        var canCreate: Bool
        var action: String
        var title: String
        var opensOn: String
        var closesOn: String
        var questions: [QuestionFields]
        var errors: [FieldErrorView]
    }

    struct AnswerPage: Encodable {
        var chrome: PageChrome
        var title: String
        var systemName: String
        var isOpen: Bool
        var stateText: String
        var action: String
        var questions: [VoiceShareView.Question]
        var about: [VoiceShareView.Question]
        var resultsHref: String
        var errors: [FieldErrorView]
    }

    struct Link: Encodable {
        var href: String
        var label: String
    }

    struct MessagePage: Encodable {
        var chrome: PageChrome
        var heading: String
        var paragraphs: [String]
        var links: [Link]
    }

    struct ResultTable: Encodable {
        struct Row: Encodable {
            var label: String
            var cells: [String]
        }

        var caption: String
        var columns: [String]
        var rows: [Row]
    }

    struct ResultsPage: Encodable {
        var chrome: PageChrome
        var title: String
        var systemName: String
        var isClosed: Bool
        var stateText: String
        var responses: String
        var tables: [ResultTable]
    }

    static func list(_ req: Request, system: SystemEntry, surveys: [PulseSurvey], canCreate: Bool, form: PulseCreateForm,
                     errors: [FieldErrorView]) async throws -> View {
        let sent = form.questions ?? []
        let page = ListPage(
            chrome: try await req.chrome(title: (errors.isEmpty ? "" : "Error: ") + "\(system.name): pulse surveys",
                                         breadcrumbs: [.init(label: system.name, href: SitePath.system(system.code).href)]),
            systemName: system.name,
            surveys: surveys.map { survey in
                let state = survey.state(now: req.now)
                return SurveyItem(title: survey.title, dates: "\(DisplayDate.date(survey.opensOn)) to \(DisplayDate.date(survey.closesOn))",
                                  state: label(state), link: canCreate ? req.absoluteURL(SitePath.pulse(survey.slug).href) : nil,
                                  resultsHref: canCreate || state == .closed ? SitePath.pulseResults(survey.slug).href : nil)
            },
            canCreate: canCreate, action: SitePath.systemPulse(system.code).href,
            title: form.title ?? "", opensOn: form.opensOn ?? "", closesOn: form.closesOn ?? "",
            questions: (0..<PulseRoutes.maximumQuestions).map { index in
                let fields = index < sent.count ? sent[index] : PulseCreateForm.QuestionFields()
                return QuestionFields(index: index, number: index + 1, text: fields.text ?? "",
                                      kinds: PulseQuestionKind.allCases.map { .init(value: $0.rawValue, label: $0.label, selected: fields.kind == $0.rawValue) },
                                      indicators: fields.indicators ?? "")
            },
            errors: errors
        )
        return try await req.view.render("voice/pulse-list", page)
    }

    static func answerForm(_ req: Request, survey: PulseSurvey, sent: [String: String], errors: [FieldErrorView],
                           status: HTTPResponseStatus = .ok) async throws -> Response {
        let state = survey.state(now: req.now)
        let page = AnswerPage(
            chrome: try await req.chrome(title: (errors.isEmpty ? "" : "Error: ") + survey.title),
            title: survey.title, systemName: try await VoiceShareView.systemName(req, survey.systemCode),
            isOpen: state == .open, stateText: stateText(survey, state),
            action: SitePath.pulse(survey.slug).href,
            questions: survey.questions.map { question in
                VoiceShareView.Question(id: "q\(question.position)", name: "q\(question.position)", legend: "\(question.position). \(question.text)",
                                        options: question.kind.options.map { .init(value: $0.rawValue, label: $0.label, selected: sent["q\(question.position)"] == $0.rawValue) })
            },
            about: [
                .init(id: "ethnicity", name: "ethnicity", legend: "Your ethnic group (optional)",
                      options: VoiceEthnicity.allCases.map { .init(value: $0.rawValue, label: $0.label, selected: sent["ethnicity"] == $0.rawValue) }),
                .init(id: "disability", name: "disability", legend: "Do you consider yourself disabled? (optional)",
                      options: VoiceDisability.allCases.map { .init(value: $0.rawValue, label: $0.label, selected: sent["disability"] == $0.rawValue) }),
            ],
            resultsHref: SitePath.pulseResults(survey.slug).href, errors: errors
        )
        return try await req.view.render("voice/pulse-answer", page).encodeResponse(status: status, for: req)
    }

    static func message(_ req: Request, heading: String, paragraphs: [String], links: [(String, String)],
                        status: HTTPResponseStatus = .ok) async throws -> Response {
        let page = MessagePage(chrome: try await req.chrome(title: heading), heading: heading, paragraphs: paragraphs,
                               links: links.map { Link(href: $0.0, label: $0.1) })
        return try await req.view.render("voice/pulse-message", page).encodeResponse(status: status, for: req)
    }

    /// Each question's results overall, by ethnic group and by disability, with no count under
    /// the minimum shown or recoverable (`PulseResults.results`); nothing before the survey closes.
    static func results(_ req: Request, survey: PulseSurvey, responses: [PulseResponseRow]) async throws -> View {
        let state = survey.state(now: req.now)
        var tables: [ResultTable] = []
        if state == .closed {
            let ethnicities = VoiceEthnicity.allCases.filter { $0 != .preferNotToSay }
            let disabilities = VoiceDisability.allCases.filter { $0 != .preferNotToSay }
            let labels = ["Everyone"] + ethnicities.map(\.label) + disabilities.map(\.label)
            for question in survey.questions {
                func answers(_ rows: [PulseResponseRow]) -> [PulseAnswer] { rows.compactMap { $0.answerMap[question.position] } }
                let results = PulseResults.results(
                    kind: question.kind, everyone: answers(responses),
                    partitions: [ethnicities.map { group in answers(responses.filter { $0.ethnicity == group.rawValue }) },
                                 disabilities.map { group in answers(responses.filter { $0.disability == group.rawValue }) }],
                    state: state) ?? []
                let headline = question.kind == .agreement ? "Agree or strongly agree" : "Yes"
                tables.append(ResultTable(
                    caption: "\(question.position). \(question.text)" + (question.indicators.isEmpty ? "" : " (WRES " + question.indicators.map(String.init).joined(separator: ", ") + ")"),
                    columns: ["Responses", headline] + question.kind.options.map(\.label),
                    rows: zip(labels, results).map { label, result in
                        let percent = result.agreePercent.map { DisplayFormat.percent($0) } ?? "–"
                        return .init(label: label, cells: [result.responses.display, percent] + result.options.map { option in
                            option.count.display + (option.percent.map { " (\(DisplayFormat.percent($0)))" } ?? "")
                        })
                    }
                ))
            }
        }
        let page = ResultsPage(
            chrome: try await req.chrome(title: "Results: \(survey.title)",
                                         disclosureNote: "Results are shown only after the survey closes, and only for groups of at least \(VoiceDisclosure.minimumContributions) responses."),
            title: survey.title, systemName: try await VoiceShareView.systemName(req, survey.systemCode),
            isClosed: state == .closed, stateText: stateText(survey, state),
            responses: state == .closed ? VoiceCount.disclose(responses.count).display : "not shown until it closes",
            tables: tables
        )
        return try await req.view.render("voice/pulse-results", page)
    }

    private static func label(_ state: PulseState) -> String {
        switch state {
        case .notOpen: "Not open yet"
        case .open: "Open"
        case .closed: "Closed"
        }
    }

    private static func stateText(_ survey: PulseSurvey, _ state: PulseState) -> String {
        switch state {
        case .notOpen: "This survey opens on \(DisplayDate.date(survey.opensOn))."
        case .open: "Open until the end of \(DisplayDate.date(survey.closesOn))."
        case .closed: "This survey closed at the end of \(DisplayDate.date(survey.closesOn))."
        }
    }
}

extension PulseQuestionKind {
    /// How the survey form names the kind of answer.
    var label: String {
        switch self {
        case .agreement: "Agree or disagree (five points)"
        case .yesNo: "Yes or no"
        }
    }
}
