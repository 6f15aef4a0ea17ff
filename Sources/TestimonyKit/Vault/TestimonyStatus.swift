/// Where a testimony is in its life.
public enum TestimonyStatus: String, Sendable, Equatable {
    /// Being recorded, or paused.
    case draft
    /// Recorded to the end, or imported.
    case complete
}
