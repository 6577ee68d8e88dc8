import ParityCore

extension TargetMeasure {
    /// The figure as one audience may see it: `nil` when disclosure control withholds it,
    /// so a target's actual figure is never shown where the published page would hide it.
    /// The Model Employer shortfall is not in a WRES report: see the other overload.
    func publishedValue(in published: PublishedWRES) -> Double? {
        switch self {
        case let .relativeLikelihood(indicator): published.likelihood(indicator)?.relativeLikelihood
        case let .surveyGapPoints(indicator): published.survey(indicator)?.gapPoints
        case .bmeSeniorSharePercent: published.representation.seniorBMEPercent
        case .bmeWorkforceSharePercent: published.representation.overallPercents[.bme]
        case .boardDifferencePoints: published.board.boardDifferencePoints
        case .modelEmployerShortfall: nil
        }
    }

    /// The Model Employer shortfall as one audience may see it on the Model Employer page:
    /// `nil` when any band's gap is withheld there (`PublishedModelEmployer.shortfall`).
    func publishedValue(in published: PublishedModelEmployer) -> Double? {
        guard self == .modelEmployerShortfall else { return nil }
        return published.shortfall.map(Double.init)
    }
}
