/// Size limits of the staff voice form (issue 6: abuse protection by size limits).
public enum VoiceLimits {
    /// Fewest characters in an experience, after trimming: enough to say something.
    public static let textMinimum = 20
    /// Most characters in an experience, after trimming.
    public static let textMaximum = 4000
    /// Most themes one experience may be tagged with: all of them.
    public static let maximumThemes = 9
}
