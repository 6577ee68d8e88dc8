/// The fictional country's systems beyond the region's eleven, and their organisations,
/// drawn from invented place names and a fixed seed. Codes are four characters (`D12A`), a
/// shape no NHS trust's ODS code has, and every place name is made up (DOMAIN.md: never
/// fabricate figures about a real organisation).
extension DemoCatalogue {
    /// Two invented places per further system, in system order.
    private static let places: [(String, String)] = [
        ("Copperlyn", "Mistlebrook"), ("Starling Reach", "Duskwater"), ("Fennimere", "Hazelthorne"),
        ("Calderwyn", "Brightharrow"), ("Quillbury", "Saltmarrow"), ("Ivyholme", "Lanternfield"),
        ("Owlscombe", "Pebblestrand"), ("Rookhaven", "Silverbeck"), ("Tansyford", "Umberlee"),
        ("Violetmoor", "Willowmarsh"), ("Yarrowdene", "Anvilstone"), ("Bellhollow", "Cobbleholt"),
        ("Driftwell", "Eskerfold"), ("Foxglove Heath", "Gullhaven"), ("Harebell Downs", "Inkwater"),
        ("Juniperdale", "Knotwillow"), ("Lampreywick", "Nettlebrook"), ("Oriel Sands", "Plumhollow"),
        ("Quarrymede", "Redwing Vale"), ("Sorrelmead", "Thimblemoor"), ("Underfell", "Vellumford"),
        ("Wickerham", "Yewhollow"), ("Alderwyke", "Briarholme"), ("Cresswater", "Dunmarrow"),
        ("Emberfell", "Fallowmere"), ("Glassbrook", "Heronsreach"), ("Ironmere", "Jasperwick"),
        ("Kingfisher Vale", "Lowmarrow"), ("Moonfield", "Northcairn"), ("Oxenhollow", "Puddlecombe"),
        ("Quillmere", "Ravenbrook"),
    ]

    private static let specialisms: [(String, OrganisationKind)] = [
        ("Eye Hospital", .other), ("Orthopaedic Hospital", .acute), ("Children's Hospital", .acute),
        ("Heart and Lung Hospital", .acute), ("Cancer Centre", .acute), ("Women's Hospital", .acute),
        ("Dental Hospital", .other), ("Rehabilitation Centre", .other),
    ]

    /// Systems D12 to D42: one place's name or two joined, as real systems are named.
    static let nationalSystems: [ReferenceSystem] = places.enumerated().map { index, pair in
        ReferenceSystem(code: "D\(index + 12)", name: index % 3 == 0 ? pair.0 : "\(pair.0) and \(pair.1)")
    }

    /// Five organisations in every further system — two acute trusts, a mental health or
    /// combined trust, a community trust and a specialist one — with an ambulance service in
    /// every fourth and a second specialist in every other: 178 in all. Sizes, BME shares
    /// and outcomes are drawn from `seed`, so the country is the same on every run.
    static func nationalOrganisations(seed: UInt64 = 0xE1DE) -> [DemoOrganisationSpec] {
        var random = SplitMix64(seed: seed)
        let outcomes: [DemoOutcome] = [.fair, .fair, .mixed, .adverse, .improving]
        return zip(nationalSystems, places).enumerated().flatMap { index, element in
            let (system, (first, second)) = element
            let bmeShare = random.uniform(0.05...0.42)
            var kinds: [(String, OrganisationKind, ClosedRange<Double>)] = [
                ("\(first) University Hospitals NHS Foundation Trust", .acute, 8_000...18_000),
                ("\(second) General Hospital NHS Trust", .acute, 3_000...7_000),
                index % 2 == 0 ? ("\(first) and \(second) Mental Health NHS Foundation Trust", .mentalHealth, 2_500...6_000)
                    : ("\(first) and \(second) Partnership NHS Foundation Trust", .combined, 3_000...6_000),
                ("\(first) Community Health NHS Trust", .community, 1_500...4_000),
            ]
            let specialist = specialisms[index % specialisms.count]
            kinds.append(("\(second) \(specialist.0) NHS Foundation Trust", specialist.1, 400...2_500))
            if index % 2 == 1 {
                let another = specialisms[(index + 3) % specialisms.count]
                kinds.append(("\(first) \(another.0) NHS Trust", another.1, 400...2_500))
            }
            if index % 4 == 0 { kinds.append(("\(first) Ambulance Service NHS Trust", .ambulance, 3_000...7_500)) }
            return kinds.enumerated().map { position, kind in
                let letter = String(UnicodeScalar(UInt8(ascii: "A") + UInt8(position)))
                let share = kind.1 == .ambulance ? bmeShare * 0.4 : bmeShare * random.uniform(0.85...1.15)
                return DemoOrganisationSpec(
                    code: system.code + letter, name: kind.0, kind: kind.1, systemCode: system.code,
                    staff: Int(random.uniform(kind.2)), bmeShare: (share * 100).rounded() / 100,
                    outcome: outcomes[random.integer(0...(outcomes.count - 1))], gap: nil
                )
            }
        }
    }
}
