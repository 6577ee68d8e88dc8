/// The columns of the return file, in the order the contract fixes.
public enum ReturnColumn: String, Sendable, Hashable, CaseIterable {
    case organisation, year, standard, indicator, measure, group, count

    /// The header row's cells, in order.
    public static let header: [String] = allCases.map(\.rawValue)

    /// The header row as it appears in the file.
    public static let headerLine: String = header.joined(separator: ",")

    /// The column at a 0-based cell position, or `nil` past the last column.
    static func at(_ index: Int) -> ReturnColumn? {
        allCases.indices.contains(index) ? allCases[index] : nil
    }
}
