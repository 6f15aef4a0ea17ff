/// A testimony's decrypted content: answers, identifiers and consent, for one template version.
public struct TestimonyDocument: Codable, Sendable, Equatable {
    /// Template id.
    public var templateID: String
    /// Template version the answers belong to.
    public var templateVersion: Int
    /// Session language (`en`, `fi`, `sv`).
    public var language: String
    /// Answers by question id.
    public var answers: [String: Answer]
    /// Identifying details mentioned (never published).
    public var identifiers: [Identifier]
    /// Consent decisions by scope id.
    public var consent: [String: ConsentDecision]

    public init(
        templateID: String, templateVersion: Int, language: String, answers: [String: Answer] = [:],
        identifiers: [Identifier] = [], consent: [String: ConsentDecision] = [:]
    ) {
        self.templateID = templateID
        self.templateVersion = templateVersion
        self.language = language
        self.answers = answers
        self.identifiers = identifiers
        self.consent = consent
    }

    enum CodingKeys: String, CodingKey {
        case language, answers, identifiers, consent
        case templateID = "template"
        case templateVersion = "template_version"
    }
}
