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
    /// Marked quotable by a reviewer (publishing it then needs `quotes_in_reports`).
    public var quotable: Bool?
    /// The survivor's own decision on this excerpt (needed when they chose `survivor_reviews_excerpts`),
    /// with the policy version it was given for.
    public var survivorApproval: SurvivorApproval?

    /// A survivor's decision on an excerpt, as the reviewer recorded it.
    public struct SurvivorApproval: Codable, Sendable, Equatable {
        public var approved: Bool
        /// Who recorded it, and when (ISO 8601).
        public var recordedBy: String
        public var at: String
        /// The excerpt text it was given for: any change to the text voids it.
        public var textHash: String

        enum CodingKeys: String, CodingKey {
            case approved, at
            case recordedBy = "recorded_by"
            case textHash = "text_hash"
        }
    }

    enum CodingKeys: String, CodingKey {
        case redacted, spans, map, decision, reviews, quotable
        case survivorApproval = "survivor_approval"
        case questionID = "question_id"
        case trimFrom = "trim_from"
        case trimTo = "trim_to"
    }
}
