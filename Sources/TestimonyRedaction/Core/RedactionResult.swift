/// The outcome of redacting one text: the original untouched, the spans and the redacted text.
public struct RedactionResult: Sendable, Equatable {
    public var original: String
    public var language: RedactionLanguage
    public var spans: [RedactedSpan]
    public var redacted: String
}
