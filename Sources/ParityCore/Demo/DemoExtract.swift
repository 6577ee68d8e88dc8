/// Writes a realistic synthetic staff-record extract (issue 10) for tests and benchmarks:
/// one row per person in the extract's columns, drawn from national proportions — the mix
/// of workforces and bands, BME representation falling with seniority, about 6% of staff
/// declaring a disability and a fifth not declaring, and event rates a little adverse to
/// BME and Disabled staff. Deterministic for a seed. Nothing in it is a real person.
public struct DemoExtract: Sendable {
    /// An organisation the rows are spread over, in proportion to its size.
    public struct Organisation: Sendable, Hashable {
        public var code: String
        public var staff: Int
        public var bmeShare: Double

        public init(code: String, staff: Int, bmeShare: Double) {
            self.code = code
            self.staff = staff
            self.bmeShare = bmeShare
        }
    }

    public var organisations: [Organisation]
    public var year: Int
    public var seed: UInt64

    public init(organisations: [Organisation], year: Int, seed: UInt64) {
        self.organisations = organisations
        self.year = year
        self.seed = seed
    }

    /// The demo region's organisations, so that an extract imports into the demo database.
    public static let demoRegion: [Organisation] = DemoCatalogue.organisations.map {
        Organisation(code: $0.code, staff: $0.staff, bmeShare: $0.bmeShare)
    }

    /// Writes the header and `rows` rows, handing the bytes to `write` in chunks of about
    /// `chunkBytes`, so an extract of any size is written in constant memory.
    public func write(rows: Int, chunkBytes: Int = 1 << 20, to write: ([UInt8]) -> Void) {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(chunkBytes + 256)
        buffer.append(contentsOf: Array((ExtractColumn.headerLine + "\n").utf8))
        var random = SplitMix64(seed: seed, stream: UInt64(year))
        let shares = Self.rowsPerOrganisation(rows, organisations.map(\.staff))
        for (organisation, count) in zip(organisations, shares) {
            let code = Array(organisation.code.utf8)
            let prefix = code + [UInt8(ascii: ",")] + Array(String(year).utf8) + [UInt8(ascii: ",")]
            var boardSeats = Self.executiveSeats
            for _ in 0..<count {
                let person = DemoExtractPerson.draw(&random, bmeShare: organisation.bmeShare)
                buffer.append(contentsOf: prefix)
                var seat: BoardSeat?
                if person.grade == .vsm, let next = boardSeats.popLast() { seat = next }
                person.append(to: &buffer, seat: seat)
                if buffer.count >= chunkBytes {
                    write(buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            if count > 0 {
                for index in 0..<Self.nonExecutiveSeats.count {
                    buffer.append(contentsOf: prefix)
                    DemoExtractPerson.nonExecutive(&random, bmeShare: organisation.bmeShare).append(to: &buffer, seat: Self.nonExecutiveSeats[index])
                }
            }
        }
        if !buffer.isEmpty { write(buffer) }
    }

    /// The executive seats given to the first VSM staff drawn in each organisation.
    private static let executiveSeats: [BoardSeat] = [.nonVotingExecutive, .nonVotingExecutive] + Array(repeating: .votingExecutive, count: 5)
    /// Non-executive members: a row each, with no workforce or grade.
    private static let nonExecutiveSeats: [BoardSeat] = Array(repeating: .votingNonExecutive, count: 6) + [.nonVotingNonExecutive]

    /// `total` split over organisations in proportion to `weights`, by largest remainder, so
    /// the parts add up to exactly `total`.
    static func rowsPerOrganisation(_ total: Int, _ weights: [Int]) -> [Int] {
        let sum = max(weights.reduce(0, +), 1)
        let exact = weights.map { Double(total) * Double($0) / Double(sum) }
        var parts = exact.map { Int($0) }
        let order = exact.indices.sorted { exact[$0] - Double(parts[$0]) > exact[$1] - Double(parts[$1]) }
        for index in order.prefix(total - parts.reduce(0, +)) { parts[index] += 1 }
        return parts
    }
}
