public import TestimonyRedaction

/// One draft excerpt: a publishable answer after redaction, with its review decision.
public struct ExcerptState: Codable, Sendable, Equatable {
    /// Where the excerpt stands in review.
    public enum Decision: String, Codable, Sendable {
        case draft, approved, rejected
    }

    /// A recorded approval or rejection.
    public struct Review: Codable, Sendable, Equatable {
        public var reviewer: String
        /// ISO 8601 time of the decision.
        public var at: String
        public var decision: Decision
        public var policyVersion: Int

        enum CodingKeys: String, CodingKey {
            case reviewer, at, decision
            case policyVersion = "policy_version"
        }
    }

    /// The question the answer belongs to.
    public var questionID: String
    /// The redacted text (after any trim).
    public var redacted: String
    /// Spans over the original answer (offsets in code points), with their replacements.
    public var spans: [RedactedSpan]
    /// The redaction map: each placeholder and the original words it hides (re-identifying).
    public var map: [String: [String]]
    /// Trim anchors chosen by the reviewer (text in the redacted excerpt), if any.
    public var trimFrom: String?
    public var trimTo: String?
    public var decision: Decision
    public var reviews: [Review]

    enum CodingKeys: String, CodingKey {
        case redacted, spans, map, decision, reviews
        case questionID = "question_id"
        case trimFrom = "trim_from"
        case trimTo = "trim_to"
    }
}
