/// A board's members by seat and group as they may be shown (WRES 9, WDES 10): small counts
/// hidden with the year's disclosure across outputs when there is one, else within the board's
/// own table; and whether a share of some seats may be published — every count behind it at
/// least the policy's minimum and none hidden (DOMAIN.md, disclosure control).
struct DisclosedBoardSeats {
    let order: [BoardSeat]
    let shown: [BoardSeat: [PopulationGroup: DisclosedCount]]
    private let seats: [BoardSeat: [PopulationGroup: Int]]
    private let groups: [PopulationGroup]
    private let disclosure: CountDisclosure

    init(_ seats: [BoardSeat: [PopulationGroup: Int]], groups: [PopulationGroup], disclosure: CountDisclosure) {
        let order = BoardSeat.allCases.filter { seats[$0] != nil }
        let local = disclosure.policy.suppressTable(order.map { seat in groups.map { seats[seat]?[$0] ?? 0 } })
        var shown: [BoardSeat: [PopulationGroup: DisclosedCount]] = [:]
        for (row, seat) in order.enumerated() {
            shown[seat] = Dictionary(uniqueKeysWithValues: groups.enumerated().map { column, group in
                let count = seats[seat]?[group] ?? 0
                return (group, disclosure.decidesTables ? disclosure.disclose(count, .board(disclosure.standard, seat: seat, group: group)) : local[row][column])
            })
        }
        self.order = order
        self.shown = shown
        self.seats = seats
        self.groups = groups
        self.disclosure = disclosure
    }

    /// Whether `focus`'s share of `part` of the board may be published: the share reveals the
    /// part's members in the group and in all, so neither may be small or hidden by the year's
    /// disclosure (which weighs them with the seats they add up from).
    func mayPublishShare(of focus: PopulationGroup, _ part: BoardPart) -> Bool {
        let chosen = order.filter(part.includes)
        let members = chosen.reduce(0) { total, seat in total + groups.reduce(0) { $0 + (seats[seat]?[$1] ?? 0) } }
        let inFocus = chosen.reduce(0) { $0 + (seats[$1]?[focus] ?? 0) }
        return disclosure.mayPublishFigure(builtFrom: [(inFocus, .board(disclosure.standard, part: part, group: focus)),
                                                       (members, .board(disclosure.standard, part: part, group: nil))])
    }
}
