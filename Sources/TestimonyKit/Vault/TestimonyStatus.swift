/// Where a testimony is in its life (kept in the clear: a coarse workflow state, never content).
public enum TestimonyStatus: String, Sendable, Equatable {
    /// Being recorded, or paused.
    case draft
    /// Recorded to the end, or imported.
    case complete
    /// Sent by a survivor as a sealed envelope and taken in with `testimony intake`.
    case submitted
    /// Draft excerpts exist and wait for review.
    case inReview = "in_review"
    /// Every excerpt has been approved or rejected in review.
    case reviewed
    /// Passed the publication gate but held back by disclosure control until enough similar
    /// testimonies exist; re-checked on every publish.
    case held
    /// In the corpus.
    case published
    /// Crypto-shredded with `testimony erase`: nothing can decrypt it any more.
    case erased
}
