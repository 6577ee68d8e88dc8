extension DemoOrganisationYear {
    /// Indicator 9: a board of 10–16 members, mostly White; more BME members where the
    /// workforce is more diverse and the organisation less adverse.
    func boardRows(random: inout SplitMix64) -> [ReturnRow] {
        var sizes: [BoardSeat: Int] = [
            .votingExecutive: random.integer(4...6),
            .votingNonExecutive: random.integer(5...7),
            .nonVotingNonExecutive: random.integer(0...1),
        ]
        let others = sizes.values.reduce(0, +)
        sizes[.nonVotingExecutive] = random.integer(max(0, 10 - others)...min(3, 16 - others))
        let members = BoardSeat.allCases.flatMap { seat in Array(repeating: seat, count: sizes[seat, default: 0]) }

        let expectedBME = Double(members.count) * spec.bmeShare * (1.15 - 0.8 * bias)
        let bme = min(members.count / 2 - 1, random.count(expectedBME))
        let unknown = random.unit() < 0.15 ? 1 : 0
        var counts: [BoardSeat: [PopulationGroup: Int]] = [:]
        for (position, seat) in random.shuffled(members).enumerated() {
            let group: PopulationGroup = position < bme ? .bme : position < bme + unknown ? .unknown : .white
            counts[seat, default: [:]][group, default: 0] += 1
        }
        return BoardSeat.allCases.flatMap { seat in
            Standard.wres.groups.map { row(9, .board(seat), $0, counts[seat]?[$0] ?? 0) }
        }
    }
}
