/// Every operation of the API, in the order `/api/docs` lists them. A server test checks that
/// this list and the routes Vapor serves under `/api` are the same.
enum APIOperations {
    typealias Parameter = APIOperation.Parameter

    private static let scopes: [(prefix: String, scope: String, parameter: Parameter?)] = [
        ("/api/v1/region", "the region (every organisation pooled)", nil),
        ("/api/v1/systems/{code}", "a system (its organisations pooled)", .system),
        ("/api/v1/organisations/{code}", "an organisation", .organisation),
    ]

    private static func idName(_ prefix: String) -> String {
        prefix.contains("systems") ? "System" : prefix.contains("organisations") ? "Organisation" : "Region"
    }

    static let all: [APIOperation] = figures + staffVoice + structure + governance + accountability + cycles + panel + openData + documentation

    private static let figures: [APIOperation] = scopes.flatMap { scope -> [APIOperation] in
        let parameters = [scope.parameter, .year].compactMap { $0 }
        let name = idName(scope.prefix)
        return [
            APIOperation(path: scope.prefix + "/wres/{year}", id: "get\(name)WRES", tag: "Figures",
                         summary: "WRES indicators 1 to 9 of \(scope.scope)",
                         description: "Unrounded figures with their counts, 95% confidence intervals, flags and a sentence reading each. "
                             + "Survey indicators 5 to 8 carry the relative likelihood their flag reads (relative_likelihood, ci_low, ci_high, "
                             + "significant) beside the gap in points. "
                             + "Without a token: published returns only, under the public disclosure rule (null where withheld). "
                             + "With a token whose owner may read every organisation pooled: their latest returns, unsuppressed.",
                         parameters: parameters, response: .ref("WRESDocument")),
            APIOperation(path: scope.prefix + "/wdes/{year}", id: "get\(name)WDES", tag: "Figures",
                         summary: "WDES metrics 1 to 10 of \(scope.scope), with race × disability",
                         description: "As the WRES document: published returns only without a token; the caller's scope unsuppressed with one.",
                         parameters: parameters, response: .ref("WDESDocument")),
            APIOperation(path: scope.prefix + "/model-employer/{year}", id: "get\(name)ModelEmployer", tag: "Figures",
                         summary: "Model Employer goals for bands 8a to VSM of \(scope.scope)",
                         description: "Each band's BME share against the straight path to the 2028 aspiration.",
                         parameters: parameters, response: .ref("ModelEmployerDocument")),
            APIOperation(path: scope.prefix + "/eds/{year}", id: "get\(name)EDS", tag: "Figures",
                         summary: "EDS 2022 gradings of \(scope.scope)",
                         description: scope.parameter == nil
                             ? "Every Equality Delivery System assessment recorded for the year, outcome by outcome."
                             : "The Equality Delivery System assessment recorded for the year, outcome by outcome.",
                         parameters: parameters, response: .ref(scope.parameter == nil ? "EDSDocument" : "EDSAssessment")),
        ]
    }

    private static let staffVoice: [APIOperation] = scopes.map { scope in
        APIOperation(path: scope.prefix + "/what-staff-say", id: "get\(idName(scope.prefix))WhatStaffSay", tag: "Staff voice",
                     summary: "What staff say in \(scope.scope): published experiences by theme",
                     description: "By quarter, by place and by the optional demographics; every count under 10 contributions is null, "
                         + "and one more in a row where it would let a hidden one be worked out.",
                     parameters: [scope.parameter].compactMap { $0 }, response: .ref("WhatStaffSay"))
    }

    private static let structure: [APIOperation] = [
        APIOperation(path: "/api/v1/systems", id: "listSystems", tag: "Region",
                     summary: "The region's systems and their organisations",
                     description: "As at the given day (`?on=YYYY-MM-DD`, today unless given): memberships are effective-dated.",
                     parameters: [Parameter(name: "on", location: .query, description: "The day the membership is read at, YYYY-MM-DD.", schema: .date)],
                     response: .ref("Structure")),
        APIOperation(path: "/api/v1/organisations", id: "listOrganisations", tag: "Region",
                     summary: "Every organisation with its system",
                     description: "As at the given day (`?on=YYYY-MM-DD`, today unless given).",
                     parameters: [Parameter(name: "on", location: .query, description: "The day the membership is read at, YYYY-MM-DD.", schema: .date)],
                     response: .ref("OrganisationList")),
    ]

    private static let governance: [APIOperation] = [
        APIOperation(path: "/api/v1/bodies", id: "listBodies", tag: "Governance", summary: "Every governance body",
                     description: "Boards, panels, sub-committees and networks with their status and aggregate composition (never a person's ethnicity or disability).",
                     response: .ref("BodyList")),
        APIOperation(path: "/api/v1/bodies/{id}", id: "getBody", tag: "Governance", summary: "One body with its members",
                     description: "Members with role and dates; ethnicity and disability only as the body's composition.",
                     parameters: [.id], response: .ref("BodyDetail")),
        APIOperation(path: "/api/v1/bodies/{id}/decisions", id: "listDecisions", tag: "Governance", summary: "A body's people-related decisions",
                     description: "Newest first, with whether and how the staff network was involved.",
                     parameters: [.id], response: .array(.ref("Decision"))),
        APIOperation(path: "/api/v1/region/maturity", id: "getMaturity", tag: "Governance", summary: "The system maturity matrix",
                     description: "Each system's cells (and the region's own criteria), derived from the governance registry.",
                     response: .ref("Maturity")),
    ]

    private static let accountability: [APIOperation] = [
        APIOperation(path: "/api/v1/commitments", id: "listCommitments", tag: "Accountability", summary: "Commitments and their derived status",
                     description: "Filters: a system, a status, escalated or not.",
                     parameters: [
                         Parameter(name: "system", location: .query, description: "A system's code.", schema: .string),
                         Parameter(name: "status", location: .query, description: "A status.", schema: .oneOf(["red", "amber", "green", "complete", "done-target-missed", "declined"])),
                         Parameter(name: "escalated", location: .query, description: "Only escalated (true) or only not escalated (false) commitments.", schema: .boolean),
                     ],
                     response: .ref("CommitmentList")),
        APIOperation(path: "/api/v1/commitments/{id}", id: "getCommitment", tag: "Accountability", summary: "One commitment",
                     description: "With its progress updates, the panel's comments, its targets' outcomes and the rule that set its status.",
                     parameters: [.id], response: .ref("CommitmentDetail")),
        APIOperation(path: "/api/v1/region/accountability", id: "getAccountability", tag: "Accountability",
                     summary: "The accountability matrix: recommendations × systems",
                     description: "The matrix page's filters apply.",
                     parameters: [
                         Parameter(name: "horizon", location: .query, description: "S, M or L.", schema: .oneOf(["S", "M", "L"])),
                         Parameter(name: "tag", location: .query, description: "An indicator tag, e.g. WRES 2.", schema: .string),
                         Parameter(name: "status", location: .query, description: "A status.", schema: .oneOf(["red", "amber", "green", "complete", "done-target-missed", "declined"])),
                     ],
                     response: .ref("Accountability")),
        APIOperation(path: "/api/v1/organisations/{code}/action-plan", id: "getActionPlan", tag: "Accountability",
                     summary: "An organisation's action plan",
                     description: "The newest plan the caller may see (`?year=` for another): drafts only for the organisation's leads, its system lead and regional admins.",
                     parameters: [.organisation, Parameter(name: "year", location: .query, description: "The plan's year.", schema: .integerRange(2014, 2100))],
                     response: .ref("ActionPlan")),
    ]

    private static let cycles: [APIOperation] = [
        APIOperation(path: "/api/v1/cycles", id: "listCycles", tag: "Reporting cycles", summary: "Every reporting cycle",
                     description: "Each standard's snapshot, deadline and publication dates per year.", response: .ref("CycleList")),
        APIOperation(path: "/api/v1/cycles/{standard}/{year}", id: "getTracker", tag: "Reporting cycles", summary: "The submission tracker",
                     description: "Every organisation's state in the cycle; late reasons only for those who may read the organisation's figures.",
                     parameters: [
                         Parameter(name: "standard", location: .path, description: "WRES or WDES.", schema: .oneOf(["WRES", "WDES"])), .year,
                         Parameter(name: "system", location: .query, description: "Only this system's organisations.", schema: .string),
                     ],
                     response: .ref("Tracker")),
    ]

    private static let panel: [APIOperation] = [
        APIOperation(path: "/api/v1/challenges", id: "listChallenges", tag: "Panel", summary: "The panel's challenges to People Boards",
                     description: "Signed in or with an API token only.", response: .array(.ref("Challenge")), access: .signedIn),
        APIOperation(path: "/api/v1/challenges/{id}", id: "getChallenge", tag: "Panel", summary: "One challenge",
                     description: "Panel notes only for panel members and regional admins.", parameters: [.id], response: .ref("ChallengeDetail"), access: .signedIn),
        APIOperation(path: "/api/v1/good-practice", id: "listGoodPractice", tag: "Panel", summary: "Good practice case studies",
                     description: "Newest first, with whether the panel endorsed them.", response: .array(.ref("CaseStudy"))),
        APIOperation(path: "/api/v1/good-practice/{id}", id: "getCaseStudy", tag: "Panel", summary: "One case study with its evidence",
                     description: "The named indicators before and after, from the returns, under the caller's disclosure rule.",
                     parameters: [.id], response: .ref("CaseStudyDetail")),
    ]

    private static let openData: [APIOperation] = [
        APIOperation(path: "/api/v1/open-data", id: "listOpenData", tag: "Open data", summary: "The years of open data",
                     description: "Each year's status (provisional or closed) and files; a closed year's SHA-256 digests.",
                     response: .ref("OpenDataYears")),
        APIOperation(path: "/api/v1/open-data/{year}", id: "getOpenData", tag: "Open data", summary: "A year's open data as JSON",
                     description: "Exactly the bytes of /open-data/{year}.json: every published, disclosure-controlled figure of the region, each system and each organisation.",
                     parameters: [.year], response: .ref("OpenDataYear")),
    ]

    private static let documentation: [APIOperation] = [
        APIOperation(path: "/api/openapi.json", id: "getOpenAPI", tag: "Documentation", summary: "This document",
                     description: "OpenAPI 3.1.", response: .ref("OpenAPI")),
        APIOperation(path: "/api/docs", id: "getDocs", tag: "Documentation", summary: "The API's documentation for people",
                     description: "An HTML page listing every operation.", response: .string, mediaType: "text/html"),
    ]
}
