import ParityCore

extension ReturnFileParser {
    /// Reads an uploaded return workbook (.xlsx) and checks it as `parseWorkbook` does; a
    /// file that is not a readable workbook, or one too large unpacked, is refused with one
    /// whole-file issue, as an unreadable CSV file is.
    public func parseXLSX(_ bytes: [UInt8], fileName: String, context: ReturnValidationContext,
                          reader: XLSXReader = XLSXReader()) -> Result<ParsedReturnFile, ImportFailure> {
        func refused(_ kind: ImportIssue.Kind, _ message: String) -> Result<ParsedReturnFile, ImportFailure> {
            .failure(ImportFailure(file: fileName, issues: [ImportIssue(file: fileName, row: nil, column: nil, kind: kind, message: message)]))
        }
        guard bytes.count <= limits.maximumBytes else {
            return refused(.fileTooLarge, "the file is larger than \(limits.maximumBytes / 1_048_576) MiB; expected a return workbook, which is far smaller")
        }
        do throws(XLSXReader.Failure) {
            return parseWorkbook(try reader.read(bytes), fileName: fileName, context: context)
        } catch {
            switch error {
            case let .unreadable(message): return refused(.unreadableWorkbook, message)
            case let .tooLarge(message): return refused(.fileTooLarge, message)
            }
        }
    }
}
