/// The rows of a valid return file, by kind, each list in file order. Rows whose count was
/// blank ("not provided") are not in any list.
public struct ParsedReturnFile: Sendable, Hashable {
    /// WRES rows with a White, BME or Unknown group.
    public var wres: [ReturnRow]
    /// WDES rows.
    public var wdes: [WDESReturnRow]
    /// WRES rows with a race × disability group; they belong to the WRES return.
    public var intersection: [IntersectionReturnRow]
    /// Every return (organisation, year, standard) that the file gives at least one count for,
    /// sorted, each once. Intersection rows count towards the WRES return. A return whose rows
    /// all have blank counts is not listed, so importing a blank template replaces nothing.
    public var returnKeys: [ReturnKey]

    /// A parsed file of these rows; `returnKeys` is worked out from them.
    public init(wres: [ReturnRow] = [], wdes: [WDESReturnRow] = [], intersection: [IntersectionReturnRow] = []) {
        self.wres = wres
        self.wdes = wdes
        self.intersection = intersection
        let keys = wres.map(\.returnKey) + wdes.map(\.returnKey) + intersection.map(\.returnKey)
        returnKeys = Set(keys).sorted()
    }

    /// True when the file gives no count at all.
    public var isEmpty: Bool { wres.isEmpty && wdes.isEmpty && intersection.isEmpty }
}
