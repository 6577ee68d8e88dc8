/// What one valid row of an extract adds to the tally, as small integers, so that a row seen
/// before can be added up again without being read cell by cell.
struct ExtractRowOutcome {
    enum Kind: UInt8 {
        /// Bank staff: counted as read, left out of every count.
        case bank
        /// A person in post, and a board seat when `boardCell` is set.
        case person
        /// A non-executive board member with no workforce or grade: a board seat only.
        case boardOnly
    }

    static let disciplinary: UInt8 = 1
    static let capability: UInt8 = 2
    static let training: UInt8 = 4

    var kind: Kind
    /// The person's `ExtractCell.person` index.
    var cell: Int32 = -1
    /// Which of `disciplinary`, `capability` and `training` the person had.
    var events: UInt8 = 0
    /// The `ExtractCell.board` index of the person's seat, or −1.
    var boardCell: Int32 = -1
    /// The tally slot (organisation and year), when the cache key includes them.
    var slot: Int32 = -1
}
