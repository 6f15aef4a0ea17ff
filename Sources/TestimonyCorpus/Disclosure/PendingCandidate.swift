public import TestimonyModel

/// A candidate the check keeps back, as it arrived (ungeneralised), with the reason.
public struct PendingCandidate: Sendable, Equatable {
    public var record: CorpusRecord
    /// Why, e.g. `class of 3 < k=5` or `only 1 distinct value of tf_distributed < ℓ=2`.
    public var reason: String

    public init(record: CorpusRecord, reason: String) {
        self.record = record
        self.reason = reason
    }
}
