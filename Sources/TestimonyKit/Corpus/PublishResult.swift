import TestimonyCorpus

/// What `publish` did (or, with `--dry-run`, would do).
public struct PublishResult: Sendable {
    /// Testimonies that went into the corpus now (the requested one and any that were waiting).
    public var published: [String]
    /// Testimonies held back, with the reason (class too small, too little diversity).
    public var held: [(id: String, reason: String)]
    /// Excerpts and coded answers added.
    public var excerpts: Int
    public var answers: Int
    /// Whether the corpus went up a ladder (records already published were generalised further).
    public var raisedLevels: Bool
    /// The disclosure report, with testimony ids in place of corpus ids.
    public var report: String
    public var dryRun: Bool
}
