/// What `DATACARD.md` says beyond the counts: who publishes, how it was anonymised, on what consent,
/// what it cannot promise and how to cite it. Free text here is the organisation's, not a survivor's.
public struct ReleaseDatacard: Sendable, Equatable {
    public var organisation: String
    /// How to cite the release (the release id and month are added).
    public var citation: String
    /// The k of k-anonymity enforced over the quasi-identifiers.
    public var k: Int
    /// The ℓ of ℓ-diversity enforced over sensitive questions.
    public var l: Int
    /// Policy name → version (e.g. `redaction: 1`, `disclosure: 1`), listed in name order.
    public var policyVersions: [String: Int]
    /// The consent the material was given under.
    public var consentBasis: String
    /// Known limits of the anonymisation, one per bullet.
    public var knownLimits: [String]

    public init(
        organisation: String, citation: String, k: Int, l: Int, policyVersions: [String: Int], consentBasis: String,
        knownLimits: [String]
    ) {
        self.organisation = organisation
        self.citation = citation
        self.k = k
        self.l = l
        self.policyVersions = policyVersions
        self.consentBasis = consentBasis
        self.knownLimits = knownLimits
    }
}
