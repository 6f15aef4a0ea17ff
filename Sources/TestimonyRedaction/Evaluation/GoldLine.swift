/// One labelled line of a gold set: the batch input fields plus the true mentions.
public struct GoldLine: Codable, Sendable {
    public struct Mention: Codable, Sendable {
        public var start: Int
        public var end: Int
        public var type: SpanType
        public var identifierClass: IdentifierClass
        public var entity: String

        enum CodingKeys: String, CodingKey {
            case start, end, type, entity
            case identifierClass = "class"
        }
    }

    public var id: String
    public var lang: RedactionLanguage?
    public var text: String
    public var known: [KnownIdentifier]?
    public var mentions: [Mention]
}
