extension FunnelPlot {
    /// WRES indicator 2, 3 or 4 of every organisation in `organisations` that made a return,
    /// plotted against its base (White and BME together) around `pooled`'s RL, the pool the
    /// organisations belong to. Nil when the pooled RL is withheld, undefined or has no
    /// limits. An organisation's RL is drawn only as its reader may see it.
    public static func wres(indicator: Int, pooled: PublishedWRES, organisations: [some LikelihoodFigures], id: String) -> FunnelPlot? {
        guard (2...4).contains(indicator), let pool = pooled.likelihood(indicator), let focus = pool.focus, let reference = pool.reference,
              pool.relativeLikelihood != nil,
              let focusEvents = focus.events.value, let focusBase = focus.base.value,
              let referenceEvents = reference.events.value, let referenceBase = reference.base.value,
              let limits = FunnelLimits.relativeLikelihood(focus: Proportion(events: focusEvents, base: focusBase),
                                                           reference: Proportion(events: referenceEvents, base: referenceBase))
        else { return nil }
        let look = WRESChartLook(indicator: indicator, policy: .standard)
        let sizeLabel = switch indicator {
        case 2: "Shortlisted applicants, White and BME"
        case 3: "Headcount, White and BME, two years pooled"
        default: "Headcount, White and BME"
        }
        let units = organisations.filter(\.hasData).map { figures in
            let likelihood = figures.likelihood(indicator)
            let bases = [likelihood?.focus?.base.value, likelihood?.reference?.base.value]
            return Unit(name: figures.name, code: figures.code, size: bases.contains { $0 == nil } ? nil : bases.reduce(0) { $0 + $1! },
                        value: likelihood?.relativeLikelihood, missing: likelihood?.isWithheld == true ? .withheld : .undefined)
        }
        return FunnelPlot(
            id: id, title: "\(WRESReading.title(indicator: indicator)) in \(pooled.year): each organisation's relative likelihood against its size",
            valueLabel: look.valueLabel, sizeLabel: sizeLabel, targetLabel: "\(pooled.name), pooled", limits: limits, units: units
        )
    }
}
