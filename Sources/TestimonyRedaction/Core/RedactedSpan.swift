/// One redacted span of the output. Offsets are Unicode scalar (code point) offsets into the input
/// text, end exclusive.
public struct RedactedSpan: Sendable, Equatable, Codable {
    public var start: Int
    public var end: Int
    public var type: SpanType
    public var identifierClass: IdentifierClass
    public var detector: String
    public var confidence: Double
    public var replacement: String

    enum CodingKeys: String, CodingKey {
        case start, end, type, detector, confidence, replacement
        case identifierClass = "class"
    }
}
