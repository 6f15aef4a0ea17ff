/// How an interview session ended.
public enum InterviewOutcome: Sendable, Equatable {
    /// Every step answered; the testimony is complete.
    case completed
    /// Paused (or input ended): an encrypted draft was saved; `testimony resume ID` continues.
    case paused
    /// The person chose to quit and discard this testimony.
    case quit
}
