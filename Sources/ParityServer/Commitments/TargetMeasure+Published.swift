import ParityCore

extension TargetMeasure {
    /// The figure as one audience may see it: `nil` when disclosure control withholds it,
    /// so a target's actual figure is never shown where the published page would hide it.
    func publishedValue(in published: PublishedWRES) -> Double? {
        switch self {
        case let .relativeLikelihood(indicator): published.likelihood(indicator)?.relativeLikelihood
        case let .surveyGapPoints(indicator): published.survey(indicator)?.gapPoints
        case .bmeSeniorSharePercent: published.representation.seniorBMEPercent
        case .bmeWorkforceSharePercent: published.representation.overallPercents[.bme]
        case .boardDifferencePoints: published.board.boardDifferencePoints
        }
    }
}
