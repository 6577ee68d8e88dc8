import ParityCore

/// The schemas of the API's documents, by name, as `/api/openapi.json` lists them under
/// `components/schemas`. Every key a document always carries is required; numbers that may be
/// undefined or withheld by disclosure control are nullable.
enum APISchemas {
    private static let count = APISchema.nullable(.integer)
    private static let figure = APISchema.nullable(.number)
    private static let text = APISchema.nullable(.string)
    private static let flag = APISchema.oneOf(["adverse", "non-adverse", "favourable", "too-few-to-conclude", "n/a"])

    static let all: [String: APISchema] = [
        "Problem": .object(["status": .integer, "title": .string, "detail": .string]),
        "WRESDocument": wres,
        "WDESDocument": wdes,
        "ModelEmployerDocument": modelEmployer,
        "EDSDocument": .object(["year": .integer, "bands": .string, "assessments": .array(.ref("EDSAssessment"))]),
        "EDSAssessment": .object([
            "scope": .string, "code": .string, "year": .integer, "ratings": .map(.integer), "evidence": .map(.string),
            "domain_scores": .map(.integer), "total": .integer, "maximum": .integer, "band": .string, "rated_by": .string,
            "staff_network_took_part": .boolean,
        ]),
        "Body": body(withMembers: false),
        "BodyDetail": body(withMembers: true),
        "BodyList": .object(["bodies": .array(.ref("Body"))]),
        "Maturity": .object([
            "region": .array(.ref("MaturityCell")),
            "systems": .array(.object(["code": .string, "name": .string, "cells": .array(.ref("MaturityCell"))])),
        ]),
        "MaturityCell": .object(["criterion": .string, "state": .string, "text": .string, "evidence_body_id": text]),
        "Decision": .object([
            "id": .string, "decided_on": .date, "decision": .string, "involvement": .string, "network_involved": .boolean,
            "how": text, "network_view": text, "network_account": text,
        ]),
        "Commitment": commitment(detail: false),
        "CommitmentDetail": commitment(detail: true),
        "CommitmentList": .object(["today": .date, "rule": .string, "count": .integer, "commitments": .array(.ref("Commitment"))]),
        "TargetResult": .object([
            "measure": .string, "comparison": .string, "value": .number, "year": .integer, "text": .string,
            "outcome": .string, "actual": figure, "explanation": .string,
        ]),
        "Accountability": .object([
            "today": .date, "rule": .string,
            "systems": .array(.object(["code": .string, "name": .string])),
            "recommendations": .array(.object([
                "id": .string, "programme": .string, "title": .string, "level": .string, "horizon": .string, "tags": .array(.string),
                "cells": .map(.object(["commitment_id": .string, "href": .string, "status": .string, "status_label": .string,
                                       "escalated": .boolean, "due": .date])),
            ])),
        ]),
        "Cycle": .object([
            "standard": .oneOf(["WRES", "WDES"]), "year": .integer, "snapshotDate": .date, "submissionDeadline": .date,
            "publicationDate": .date, "href": .string,
        ]),
        "CycleList": .object(["cycles": .array(.ref("Cycle"))]),
        "Tracker": .object([
            "cycle": .ref("Cycle"), "daysToDeadline": .integer,
            "organisations": .array(.object([
                "code": .string, "name": .string, "system": .string,
                "state": .oneOf(["not-started", "draft-imported", "submitted", "late", "published"]),
                "late": .boolean, "latestVersion": count, "signedOffBy": text, "signedOffJobTitle": text,
                "firstSignedOff": .nullable(.date), "published": .nullable(.date), "lateReason": text,
            ])),
        ]),
        "ActionPlan": actionPlan,
        "Challenge": challenge(withNotes: false),
        "ChallengeDetail": challenge(withNotes: true),
        "CaseStudy": caseStudy(withEvidence: false),
        "CaseStudyDetail": caseStudy(withEvidence: true),
        "OpenDataYears": .object([
            "publication_rule": .string, "dictionary": .string,
            "years": .array(.object([
                "year": .integer, "status": .oneOf(["provisional", "closed"]), "closed_on": .nullable(.date),
                "csv": .string, "csv_sha256": text, "json": .string, "json_sha256": text,
            ])),
        ]),
        "OpenDataYear": .object([
            "dataset": .string, "region": .string, "year": .integer, "status": .oneOf(["provisional", "closed"]), "closed_on": .nullable(.date),
            "publication_rule": .string, "disclosure_rule": .string, "published_return_versions": .map(.map(.integer)),
            "scopes": .array(.object([
                "scope": .oneOf(["region", "system", "organisation"]), "code": .string, "name": .string, "system": text,
                "wres": .nullable(.ref("WRESDocument")), "wdes": .nullable(.ref("WDESDocument")),
            ])),
        ]),
        "Structure": .object([
            "region": .string, "as_at": .date,
            "systems": .array(.object(["code": .string, "name": .string, "organisations": .array(.object(["code": .string, "name": .string]))])),
        ]),
        "OrganisationList": .object([
            "as_at": .date,
            "organisations": .array(.object(["code": .string, "name": .string, "system": .string])),
        ]),
        "OpenAPI": .object(["openapi": .string, "info": .any, "paths": .any]),
        "WhatStaffSay": .object([
            "scope": .oneOf(["region", "system", "organisation"]), "code": text, "name": .string, "disclosure_rule": .string,
            "contributions": count, "periods": .array(.string), "recent_by_theme": .map(count),
            "tables": .array(.object([
                "id": .string, "caption": .string, "row_heading": .string, "columns": .array(.string),
                "rows": .array(.object(["label": .string, "cells": .array(count), "total": count])),
            ])),
        ]),
    ]

    // MARK: - Figures

    private static let proportion = APISchema.nullable(.object(["group": .string, "events": count, "base": count, "percent": figure]))
    private static let surveyGroup = APISchema.nullable(.object(["respondents": count, "yes": count, "percent": figure, "ci_low": figure, "ci_high": figure]))

    private static func shares(_ groups: [String]) -> [String: APISchema] {
        var properties: [String: APISchema] = ["total": count]
        for group in groups {
            properties["\(group)_count"] = count
            properties["\(group)_percent"] = figure
        }
        return properties
    }

    /// A pooled figure's coverage (`CoverageDocument`), absent for an organisation's own figure.
    private static let coverage: [String: APISchema] = {
        let members: [String: APISchema] = [
            "organisations_pooled": .array(.object(["code": .string, "name": .string])),
            "organisations_left_out": .array(.object(["code": .string, "name": .string, "reason": .string])),
        ]
        return members.merging([
            "coverage_by_year": .array(.object(members.merging(["year": .integer]) { first, _ in first })),
            "coverage_sentence": .string,
        ]) { first, _ in first }
    }()

    /// An indicator's or metric's object, with the coverage a pooled figure adds.
    private static func pooled(_ properties: [String: APISchema]) -> APISchema {
        .partial(required: properties, optional: coverage)
    }

    /// A pool's relative likelihood adjusted for organisation (`CoverageDocument`).
    private static let adjusted = APISchema.object([
        "relative_likelihood": figure, "ci_low": figure, "ci_high": figure, "organisations": .integer,
        "heterogeneity_q": figure, "heterogeneity_df": .nullable(.integer), "heterogeneity_p": figure,
        "organisations_differ": .nullable(.boolean), "withheld": .boolean, "sentence": .string,
    ])

    /// A likelihood's object: the coverage and the adjusted figure a pool adds.
    private static func pooledLikelihood(_ properties: [String: APISchema]) -> APISchema {
        .partial(required: properties, optional: coverage.merging(["adjusted": adjusted]) { first, _ in first })
    }

    private static let likelihood = APISchema.nullable(pooledLikelihood([
        "title": .string, "relative_likelihood": figure, "ci_low": figure, "ci_high": figure, "significant": .nullable(.boolean),
        "flag": flag, "withheld": .boolean, "sentence": .string, "focus": proportion, "reference": proportion, "unknown": proportion,
        "pooled_years": .array(.integer),
    ]))

    private static let survey = APISchema.nullable(pooled([
        "title": .string, "white_percent": figure, "bme_percent": figure, "gap_points": figure, "gap_ci_low": figure, "gap_ci_high": figure,
        "relative_likelihood": figure, "ci_low": figure, "ci_high": figure, "significant": .nullable(.boolean),
        "higher_is_better": .boolean, "flag": flag, "withheld": .boolean, "sentence": .string, "white": surveyGroup, "bme": surveyGroup,
    ]))

    /// What an organisation's document adds about its return's revisions (issue 20).
    private static let revisions: [String: APISchema] = [
        "revisions": .array(.object([
            "organisation": .string, "standard": .oneOf(["WRES", "WDES"]), "year": .integer, "revised_on": .date, "from_version": .integer,
            "to_version": .integer, "reason": .string, "changes": .array(.object(["headline": .string, "before": .string, "after": .string])),
        ])),
        "revision_under_review": .boolean,
    ]

    private static let scopeHeader: [String: APISchema] = [
        "scope": .oneOf(["region", "system", "organisation"]), "code": .string, "name": .string, "year": .integer,
        "has_data": .boolean, "organisations_reporting": .integer, "disclosure": .oneOf(["public", "unrestricted"]), "disclosure_rule": .string,
    ]

    private static var wres: APISchema {
        var properties = scopeHeader
        properties["standard"] = .oneOf(["WRES"])
        var cell = shares(["white", "bme", "unknown"])
        cell["workforce"] = .string
        cell["grade"] = .string
        properties["indicators"] = .object([
            "1": pooled(["title": .string, "provided": .boolean, "cells": .array(.object(cell)), "overall": .object(shares(["white", "bme", "unknown"])),
                          "senior_bme_percent": figure]),
            "2": likelihood, "3": likelihood, "4": likelihood,
            "5": survey, "6": survey, "7": survey, "8": survey,
            "9": pooled([
                "title": .string, "board_bme_percent": figure, "voting_bme_percent": figure, "executive_bme_percent": figure,
                "workforce_bme_percent": figure, "board_difference_points": figure, "voting_difference_points": figure,
                "executive_difference_points": figure, "withheld": .boolean, "seats": .map(.map(count)),
            ]),
        ])
        return .partial(required: properties, optional: revisions)
    }

    private static var wdes: APISchema {
        var properties = scopeHeader
        properties["standard"] = .oneOf(["WDES"])
        let common: [String: APISchema] = ["title": .string, "headline": .string, "value": figure, "flag": .nullable(flag), "withheld": .boolean, "sentence": .string]
        let ratio: [String: APISchema] = ["relative_likelihood": figure, "ci_low": figure, "ci_high": figure, "significant": .nullable(.boolean)]
        let likelihood = pooledLikelihood(common.merging(ratio) { first, _ in first }.merging([
            "focus": proportion, "reference": proportion, "pooled_years": .array(.integer),
        ]) { first, _ in first })
        let survey = pooled(common.merging(ratio) { first, _ in first }.merging([
            "disabled_percent": figure, "non_disabled_percent": figure, "gap_points": figure, "gap_ci_low": figure, "gap_ci_high": figure,
            "disabled": surveyGroup, "non_disabled": surveyGroup,
        ]) { first, _ in first })
        properties["metrics"] = .object(Dictionary(uniqueKeysWithValues: WDESMetric.allCases.map { metric in
            (metric.rawValue, WDESMetric.likelihoods.contains(metric) ? likelihood : WDESMetric.surveyGaps.contains(metric) ? survey : pooled(common))
        }))
        properties["race_by_disability"] = .nullable(.object([
            "organisations_reporting": .integer, "workforce_shares_percent": .map(figure),
            "indicators": .map(.object([
                "title": .string, "reference": .string, "pooled_years": .array(.integer),
                "groups": .array(.object(["group": .string, "events": count, "base": count, "likelihood_percent": figure,
                                          "relative_likelihood": figure, "ci_low": figure, "ci_high": figure, "flag": .nullable(flag)])),
            ])),
        ]))
        return .partial(required: properties, optional: revisions)
    }

    private static let modelEmployer = APISchema.object([
        "scope": .string, "code": text, "name": .string, "year": .integer, "baseline_year": .integer, "aspiration_year": .integer,
        "disclosure": .oneOf(["public", "unrestricted"]),
        "overall": .object(["bme_count": count, "headcount": count, "bme_percent": figure]),
        "bands": .array(.object([
            "band": .string, "label": .string, "bme_count": count, "headcount": count, "bme_percent": figure, "goal_percent": figure,
            "goal_headcount": count, "gap": count, "on_track": .nullable(.boolean), "sentence": .string, "path": .array(.any),
        ])),
    ])

    // MARK: - Governance, commitments, panel

    private static func body(withMembers: Bool) -> APISchema {
        var properties: [String: APISchema] = [
            "id": .uuid, "name": .string, "kind": .string, "level": .string, "scope_code": text, "status": .string, "status_since": .date,
            "composition": .object([
                "members_in_post": count, "white": count, "bme": count, "unknown": count, "disabled": count,
                "bme_percent": figure, "disabled_percent": figure, "disclosure": .oneOf(["public", "unrestricted"]),
            ]),
        ]
        if withMembers {
            properties["members"] = .array(.object([
                "name": .string, "role": .string, "represents": text, "voting": .boolean, "executive": .boolean,
                "start": .date, "end": .nullable(.date),
            ]))
        }
        return .object(properties)
    }

    private static func commitment(detail: Bool) -> APISchema {
        var properties: [String: APISchema] = [
            "id": .uuid, "href": .string, "programme": .string,
            "recommendation": .object(["id": .string, "title": .string, "text": .string, "level": .string, "horizon": .string,
                                       "horizon_label": .string, "horizon_note": text, "tags": .array(.string)]),
            "system": .object(["code": .string, "name": .string]),
            "due": .date, "standard_due": .date, "agreed_due": .nullable(.date), "agreed_due_reason": text, "due_basis": .string,
            "long_months": .integer, "declared_state": .string, "response": text, "response_reason": text, "created": .string,
            "last_update": text, "status": .oneOf(["red", "amber", "green", "complete", "done-target-missed", "declined"]),
            "status_label": .string, "escalated": .boolean, "reason": .string, "version": .integer, "targets": .array(.ref("TargetResult")),
        ]
        if detail {
            properties["rule"] = .string
            properties["updates"] = .array(.object(["posted_at": .string, "author": .string, "text": .string, "evidence": .array(.string), "state_change": text]))
            properties["comments"] = .array(.object(["posted_at": .string, "author": .string, "text": .string]))
        }
        return .object(properties)
    }

    private static let actionPlan = APISchema.object([
        "today": .date, "organisation": .object(["code": .string, "name": .string, "system_code": text]),
        "year": .integer, "years": .array(.integer), "href": .string, "stage": .string, "published_at": text, "reviewed_at": text,
        "rating": text, "rating_reason": text, "rated_by": text, "rated_at": text, "version": .integer, "health": .string,
        "health_label": .string, "adverse": .array(.string), "uncovered_adverse": .array(.string), "rule": .string,
        "actions": .array(.object([
            "id": .uuid, "href": .string, "position": .integer, "what": .string, "owner": .string, "due": .date, "tags": .array(.string),
            "declared_state": .string, "status": .string, "status_label": .string, "reason": .string, "achieved": text,
            "last_update": text, "version": .integer, "targets": .array(.ref("TargetResult")),
            "updates": .array(.object(["posted_at": .string, "author": .string, "text": .string, "state_change": text])),
        ])),
        "comments": .array(.object(["kind": .string, "posted_at": .string, "author": .string, "text": .string])),
    ])

    private static func challenge(withNotes: Bool) -> APISchema {
        var properties: [String: APISchema] = [
            "id": .uuid, "body_id": .uuid, "body": .string, "subject": .string, "text": .string, "raised_by": .string,
            "raised_at": .date, "due": .date, "status": .string, "overdue": .boolean, "response": text, "evidence": text,
            "responded_at": .nullable(.date), "rating": text, "rating_reason": text,
        ]
        // Panel notes are the panel's own: only panel members and regional admins get the key.
        return .partial(required: properties, optional: withNotes ? ["panel_notes": .array(.object(["author": .string, "at": .date, "text": .string]))] : [:])
    }

    private static func caseStudy(withEvidence: Bool) -> APISchema {
        var properties: [String: APISchema] = [
            "id": .string, "scope": .string, "code": .string, "title": .string, "problem": .string, "action": .string, "result": .string,
            "indicators": .array(.integer), "themes": .array(.string), "started_on": .date, "endorsed": .boolean,
            "endorsed_on": .nullable(.date), "learning_requests": .integer,
        ]
        if withEvidence {
            properties["evidence"] = .array(.object([
                "indicator": .integer, "before_year": count, "before": figure, "after_year": count, "after": figure,
                "direction": .string, "sentence": .string,
            ]))
        }
        return .object(properties)
    }
}
