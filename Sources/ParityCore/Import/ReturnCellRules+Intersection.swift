/// The `group` cell of a WRES row, which may name a race × disability group (issue 8: where a
/// return carries both standards, indicator 1 headcounts and indicators 2–4 may be broken down
/// by `IntersectionGroup`).
enum WRESGroupCell: Sendable, Hashable {
    case single(PopulationGroup)
    case intersection(IntersectionGroup)
}

extension ReturnCellRules {
    func wresGroup(_ text: String) -> Result<WRESGroupCell, ReturnCellProblem> {
        if let group = PopulationGroup(rawValue: text), Standard.wres.groups.contains(group) { return .success(.single(group)) }
        if let group = IntersectionGroup(rawValue: text) { return .success(.intersection(group)) }
        return .failure(ReturnCellProblem(kind: .unknownGroup, column: .group,
            message: "\(ImportText.found(text)) is not a WRES group; expected " + ImportText.list(Standard.wres.groups.map(\.rawValue))
                + ", or for indicators 1 to 4 a race × disability group ETHNICITY+DISABILITY such as bme+disabled, where ETHNICITY is "
                + ImportText.list(IntersectionGroup.ethnicities.map(\.rawValue)) + " and DISABILITY is "
                + ImportText.list(IntersectionGroup.disabilities.map(\.rawValue))))
    }

    /// A race × disability group is allowed only on indicator 1 headcounts and indicators 2–4.
    func intersection(_ group: IntersectionGroup, fits indicator: Int) -> ReturnCellProblem? {
        let allowed = IntersectionReturnRow.indicators
        guard !allowed.contains(indicator) else { return nil }
        return ReturnCellProblem(kind: .intersectionGroupNotAllowed, column: .group,
            message: "the race × disability group '\(group.rawValue)' is not allowed for indicator \(indicator); expected it only for "
                + "indicator 1 headcounts and indicators 2, 3 and 4, or a group " + ImportText.list(Standard.wres.groups.map(\.rawValue))
                + " for indicator \(indicator)")
    }
}
