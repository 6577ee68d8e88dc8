import Foundation // Date

/// How often one form link may take a submission: a limit per link per UTC hour protects the
/// panel from floods without identifying anyone (issue 6: no IP address is kept).
public enum VoiceRateLimit {
    /// Submissions one link takes in one UTC hour; the store counts them atomically
    /// (`VoiceStore.takeAllowance`).
    public static let perLinkPerHour = 30

    /// The start of the UTC hour holding `date`: the window that submissions are counted in.
    public static func windowStart(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 / 3600).rounded(.down) * 3600)
    }
}
