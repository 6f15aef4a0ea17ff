/// A candidate span found by one detector, before overlaps are resolved and placeholders assigned.
/// Offsets are Unicode-scalar indices into `AnalyzedText.scalars` (the normalised text), end exclusive.
public struct Detection: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var type: SpanType
    public var identifierClass: IdentifierClass
    /// Detector name, e.g. `known`, `phone`, `voikko-proper-noun`.
    public var detector: String
    /// 0…1.
    public var confidence: Double
    /// Entity key: detections with the same key get the same placeholder within one text.
    public var entity: String
    /// Role of a known person (`survivor`, `offender`, `family`, `other`), if known.
    public var role: String?
    /// Kind of institution (`school`, `sports_club`, `church`, …) or place detail, used by the policy.
    public var subtype: String?
    /// A generalised value for quasi-identifiers (e.g. the year of a date), used by the policy.
    public var generalized: String?
    /// A Finnish case ending to keep after the placeholder (`lle` in "Mikolle" → "[PERSON 1]:lle").
    public var caseEnding: String?

    public init(
        start: Int, end: Int, type: SpanType, identifierClass: IdentifierClass? = nil, detector: String,
        confidence: Double = 1, entity: String, role: String? = nil, subtype: String? = nil, generalized: String? = nil,
        caseEnding: String? = nil
    ) {
        self.start = start
        self.end = end
        self.type = type
        self.identifierClass = identifierClass ?? type.defaultClass
        self.detector = detector
        self.confidence = confidence
        self.entity = entity
        self.role = role
        self.subtype = subtype
        self.generalized = generalized
        self.caseEnding = caseEnding
    }

    /// Length in scalars.
    public var length: Int { end - start }
}
