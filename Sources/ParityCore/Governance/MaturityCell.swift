/// One cell of the maturity matrix: a criterion's state, the words shown in the cell, and
/// the body whose record is the evidence (to link to).
public struct MaturityCell: Sendable, Hashable {
    public let criterion: MaturityCriterion
    public let state: MaturityState
    /// E.g. "Appointed since 1 June 2025", "Being established", "No evidence yet".
    public let text: String
    public let evidenceBodyID: String?

    public init(criterion: MaturityCriterion, state: MaturityState, text: String, evidenceBodyID: String? = nil) {
        self.criterion = criterion
        self.state = state
        self.text = text
        self.evidenceBodyID = evidenceBodyID
    }
}
