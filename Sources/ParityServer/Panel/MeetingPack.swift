import Fluent
import Foundation
import ParityCore

/// Who a meeting pack is for.
enum MeetingAudience: String, CaseIterable, Codable {
    case peopleBoard = "people-board"
    case panel

    var label: String {
        switch self {
        case .peopleBoard: "Regional People Board"
        case .panel: "Race Equality & Inclusion Panel"
        }
    }
}

/// A meeting pack's content as issued, every line already worded, so the frozen copy reads
/// exactly as it did on the day (issue 7). Figures in it follow the public disclosure rule,
/// since a pack is printed and shared.
struct MeetingPackContent: Codable {
    struct Line: Codable {
        var text: String
        var href: String?
    }

    struct Section: Codable {
        var title: String
        var empty: String
        var lines: [Line]
    }

    var audience: MeetingAudience
    var issuedOn: String
    var since: String
    var sections: [Section]
}

/// Assembles a pack from the state of Parity now: escalated commitments, open and overdue
/// challenges, indicators that worsened since the last return, staff-voice themes newly above
/// the threshold, and good practice endorsed since the audience's previous pack.
struct MeetingPackBuilder {
    let database: Database
    let now: Date

    func build(_ audience: MeetingAudience) async throws -> MeetingPackContent {
        let previous = try await MeetingPackRow.query(on: database).filter(\.$audience == audience.rawValue).sort(\.$issuedAt, .descending).first()
        let since = previous?.issuedAt ?? now.addingTimeInterval(-90 * 86_400)
        return MeetingPackContent(
            audience: audience, issuedOn: DisplayDate.date(now), since: DisplayDate.date(since),
            sections: [
                try await escalations(),
                try await challenges(),
                try await worsened(),
                try await risingThemes(),
                try await endorsed(since: since),
            ]
        )
    }

    private func escalations() async throws -> MeetingPackContent.Section {
        let escalated = try await CommitmentStore(database: database, now: now).assessed { _ in .publicRelease }
            .filter(\.status.isEscalated).sorted { ($0.due, $0.systemName) < ($1.due, $1.systemName) }
        return .init(title: "Escalated commitments", empty: "No commitment is escalated.", lines: escalated.map {
            .init(text: "\($0.systemName): \($0.title) — \($0.status.label). \($0.reason)", href: SitePath.commitment($0.id).href)
        })
    }

    private func challenges() async throws -> MeetingPackContent.Section {
        let names = Dictionary(uniqueKeysWithValues: try await BodyRow.query(on: database).all().compactMap { row in row.id.map { ($0, row.name) } })
        let open = try await ChallengeRow.query(on: database).sort(\.$dueAt).all().filter {
            [.open, .responded, .escalated].contains(ChallengeLifecycle.status($0.facts))
        }
        return .init(title: "Open and overdue challenges", empty: "No challenge is open.", lines: open.map { row in
            let summary = ChallengeViews.summary(row, bodyName: names[row.bodyID] ?? "", now: now)
            return .init(text: "\(summary.body): \(summary.subject) — \(summary.status), response due \(summary.due).", href: summary.href)
        })
    }

    /// Each system's indicators whose flag or figure moved the wrong way between its two
    /// newest returns, as the public may see them.
    private func worsened() async throws -> MeetingPackContent.Section {
        let loader = IndicatorLoader(database: database)
        let years = try await loader.years(requested: nil).all
        guard years.count >= 2 else { return .init(title: "Indicators that worsened since the last return", empty: "Fewer than two years of returns.", lines: []) }
        let data = try await loader.figures(years: Array(years.prefix(2)))
        let (current, previous) = (data[years[0]]!, data[years[1]]!)
        var lines: [MeetingPackContent.Line] = []
        for system in current.structure.systems {
            guard let now = current.figures(.system(system.code)), let before = previous.figures(.system(system.code)) else { continue }
            for change in IndicatorChanges.worsened(previous: PublishedWRES(before, policy: .publicRelease), current: PublishedWRES(now, policy: .publicRelease)) {
                lines.append(.init(text: "\(system.name): \(change.sentence)", href: SitePath.system(system.code).href + "#indicator-\(change.indicator)"))
            }
        }
        return .init(title: "Indicators that worsened since the last return (\(years[1]) to \(years[0]))", empty: "No system's indicators worsened.", lines: lines)
    }

    /// Themes of published staff voice above the threshold this quarter and higher than the
    /// quarter before, per system.
    private func risingThemes() async throws -> MeetingPackContent.Section {
        let structure = try await StructureStore(database: database).structure(asAt: now)
        let thisWeek = VoiceWeek(containing: now)
        let rows = try await VoiceStore(database: database).published(systems: nil)
        var lines: [MeetingPackContent.Line] = []
        for system in structure.systems {
            var current: [VoiceTheme: Int] = [:]
            var previous: [VoiceTheme: Int] = [:]
            for row in rows where row.systemCode == system.code {
                guard let week = VoiceWeek(rawValue: row.week) else { continue }
                let age = Self.weeks(from: week, to: thisWeek)
                for theme in VoiceThemeList.themes(row.themes) {
                    if (0..<13).contains(age) { current[theme, default: 0] += 1 } else if (13..<26).contains(age) { previous[theme, default: 0] += 1 }
                }
            }
            for rise in VoiceThemeRise.rising(previous: previous, current: current) {
                lines.append(.init(text: "\(system.name): \(rise.sentence)", href: SitePath.whatStaffSay(.system(system.code)).href))
            }
        }
        return .init(title: "Staff voice themes rising above the threshold (last 13 weeks against the 13 before)", empty: "No theme rose above the threshold.", lines: lines)
    }

    private func endorsed(since: Date) async throws -> MeetingPackContent.Section {
        let rows = try await CaseStudyRow.query(on: database).filter(\.$endorsedAt > since).sort(\.$endorsedAt).all()
        return .init(title: "Good practice endorsed since the last pack", empty: "No case study was endorsed.", lines: rows.map {
            .init(text: "\($0.title) (endorsed \(DisplayDate.date($0.endorsedAt!)))", href: SitePath.caseStudy($0.id!).href)
        })
    }

    private static func weeks(from: VoiceWeek, to: VoiceWeek) -> Int {
        Int((to.monday.timeIntervalSince(from.monday) / (7 * 86_400)).rounded())
    }
}
