public import TestimonyModel

/// What `DisclosureCheck.evaluate` decided. Applying it (insert `publish`, regeneralise
/// `regeneralise`, keep `pending` queued) leaves every class of the template with ≥ k members and
/// ℓ-diverse sensitive values.
public struct DisclosureDecision: Sendable, Equatable {
    public var template: String
    /// The corpus level vector before (question → level).
    public var previousLevels: [String: Int]
    /// The chosen level vector: component-wise ≥ `previousLevels`.
    public var levels: [String: Int]
    /// Candidates to publish now, generalised to `levels` (quasi and levels set), in candidate order.
    public var publish: [CorpusRecord]
    /// Published records whose quasi/levels change (all of them when the levels rose), as copies
    /// at `levels`.
    public var regeneralise: [CorpusRecord]
    /// Candidates kept pending, as they arrived, with reasons, in candidate order.
    public var pending: [PendingCandidate]
    /// All classes at `levels`.
    public var report: RiskReport

    public init(
        template: String, previousLevels: [String: Int], levels: [String: Int], publish: [CorpusRecord],
        regeneralise: [CorpusRecord], pending: [PendingCandidate], report: RiskReport
    ) {
        self.template = template
        self.previousLevels = previousLevels
        self.levels = levels
        self.publish = publish
        self.regeneralise = regeneralise
        self.pending = pending
        self.report = report
    }

    /// Whether the corpus goes up a ladder.
    public var raised: Bool { levels != previousLevels }
}
