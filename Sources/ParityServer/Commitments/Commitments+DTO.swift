import Foundation
import ParityCore

/// The JSON API's documents, built explicitly so absent values are `null` and the keys are
/// stable. Dates are `YYYY-MM-DD`; moments are ISO 8601 in UTC.
enum CommitmentDocument {
    static func summary(_ c: AssessedCommitment, today: Date) -> JSONValue {
        .object([
            "id": .string(c.id.uuidString),
            "href": .string(SitePath.commitment(c.id).href),
            "programme": .string(c.programmeName),
            "recommendation": .object([
                "id": .string(c.recommendationID.uuidString),
                "title": .string(c.title),
                "text": .string(c.text),
                "level": .string(c.level),
                "horizon": .string(c.span.text),
                "horizon_label": .string(c.span.label),
                "horizon_note": .string(c.horizonNote),
                "tags": .array(c.tags.map(JSONValue.string)),
            ]),
            "system": .object(["code": .string(c.systemCode), "name": .string(c.systemName)]),
            "due": .string(ISODay.format(c.due)),
            "standard_due": .string(ISODay.format(c.standardDue)),
            "agreed_due": .string(c.agreedDue.map(ISODay.format)),
            "agreed_due_reason": .string(c.agreedDueReason),
            "due_basis": .string(c.dueBasis),
            "long_months": .integer(c.longMonths),
            "declared_state": .string(c.declared.rawValue),
            "response": .string(c.response?.rawValue),
            "response_reason": .string(c.responseReason),
            "created": .string(moment(c.created)),
            "last_update": .string(c.lastUpdate.map(moment)),
            "status": .string(c.status.rawValue),
            "status_label": .string(c.status.label),
            "escalated": .bool(c.status.isEscalated),
            "reason": .string(c.reason),
            "version": .integer(c.version),
            "targets": .array(c.targets.map(target)),
        ])
    }

    static func detail(_ c: AssessedCommitment, updates: [ProgressUpdateRow], comments: [PanelCommentRow], today: Date) -> JSONValue {
        guard case var .object(fields) = summary(c, today: today) else { return .null }
        fields["updates"] = .array(updates.map { update in
            .object([
                "posted_at": .string(moment(update.postedAt)), "author": .string(update.author), "text": .string(update.text),
                "evidence": .array(CommitmentTags.decode(update.evidence).map(JSONValue.string)), "state_change": .string(update.stateChange),
            ])
        })
        fields["comments"] = .array(comments.map { comment in
            .object(["posted_at": .string(moment(comment.postedAt)), "author": .string(comment.author), "text": .string(comment.text)])
        })
        fields["rule"] = .string(DeliveryRule.standard.ruleDescription)
        return .object(fields)
    }

    static func list(_ commitments: [AssessedCommitment], today: Date) -> JSONValue {
        .object([
            "today": .string(ISODay.format(today)),
            "rule": .string(DeliveryRule.standard.ruleDescription),
            "count": .integer(commitments.count),
            "commitments": .array(commitments.map { summary($0, today: today) }),
        ])
    }

    static func matrix(_ matrix: AccountabilityMatrix, today: Date) -> JSONValue {
        .object([
            "today": .string(ISODay.format(today)),
            "rule": .string(DeliveryRule.standard.ruleDescription),
            "systems": .array(matrix.systems.map { .object(["code": .string($0.code), "name": .string($0.name)]) }),
            "recommendations": .array(matrix.rows.map { row in
                .object([
                    "id": .string(row.recommendationID.uuidString),
                    "programme": .string(row.programme),
                    "title": .string(row.title),
                    "level": .string(row.level),
                    "horizon": .string(row.span.text),
                    "tags": .array(row.tags.map(JSONValue.string)),
                    "cells": .object(row.cells.mapValues { c in
                        .object([
                            "commitment_id": .string(c.id.uuidString), "href": .string(SitePath.commitment(c.id).href),
                            "status": .string(c.status.rawValue), "status_label": .string(c.status.label),
                            "escalated": .bool(c.status.isEscalated), "due": .string(ISODay.format(c.due)),
                        ])
                    }),
                ])
            }),
        ])
    }

    private static func target(_ result: TargetResult) -> JSONValue {
        .object([
            "measure": .string(result.target.measure.rawValue),
            "comparison": .string(result.target.comparison.rawValue),
            "value": .number(result.target.value),
            "year": .integer(result.target.year),
            "text": .string(result.target.text),
            "outcome": .string(result.outcome.rawValue),
            "actual": .number(result.actual),
            "explanation": .string(result.explanation),
        ])
    }

    private static func moment(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
