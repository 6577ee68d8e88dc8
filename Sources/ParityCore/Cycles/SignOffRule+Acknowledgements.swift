extension SignOffRule {
    /// The longest reason kept for acknowledging a warning: a sentence or two, not a report.
    public static let maximumAcknowledgementLength = 500

    /// Every data-quality warning the signer has not acknowledged well, by its position in
    /// `warnings`, with what to enter (issue 20): each warning needs a short reason the figures
    /// stand despite it, which the region reads when it reviews the return.
    public static func unacknowledged(_ warnings: [DataQualityWarning], reasons: [Int: String]) -> [(index: Int, message: String)] {
        warnings.indices.compactMap { index in
            let reason = reasons[index] ?? ""
            if reason.isBlank { return (index, "Say why the figures stand despite the warning on \(warnings[index].subject).") }
            if reason.count > maximumAcknowledgementLength {
                return (index, "Keep the reason for \(warnings[index].subject) to \(maximumAcknowledgementLength) characters or fewer.")
            }
            return nil
        }
    }
}
