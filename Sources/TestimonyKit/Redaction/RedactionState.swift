public import TestimonyRedaction

/// Everything redaction and review know about one testimony. Encrypted in the vault, never exported:
/// the spans and the map link placeholders back to real names.
public struct RedactionState: Codable, Sendable, Equatable {
    /// Policy version the drafts were made with; approvals are void when it changes.
    public var policyVersion: Int
    /// Identifiers the reviewer added ("redact a missed term"), on top of the testimony's own list.
    public var addedKnown: [KnownIdentifier]
    /// Exact texts the reviewer restored as false positives; never redacted again in this testimony.
    public var exemptions: [String]
    public var excerpts: [ExcerptState]

    public init(policyVersion: Int, addedKnown: [KnownIdentifier] = [], exemptions: [String] = [], excerpts: [ExcerptState] = []) {
        self.policyVersion = policyVersion
        self.addedKnown = addedKnown
        self.exemptions = exemptions
        self.excerpts = excerpts
    }

    enum CodingKeys: String, CodingKey {
        case excerpts, exemptions
        case policyVersion = "policy_version"
        case addedKnown = "added_known"
    }

    /// Whether review is finished: no excerpt is still a draft (a testimony without publishable text
    /// has nothing to review).
    public var isReviewed: Bool { excerpts.allSatisfy { $0.decision != .draft } }
}
