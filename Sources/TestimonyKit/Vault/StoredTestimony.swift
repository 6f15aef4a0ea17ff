public import TestimonyModel

/// A decrypted testimony with its metadata and interview position.
public struct StoredTestimony: Sendable, Equatable {
    public var summary: TestimonySummary
    public var document: TestimonyDocument
    /// Index of the next interview step (drafts).
    public var position: Int
}
