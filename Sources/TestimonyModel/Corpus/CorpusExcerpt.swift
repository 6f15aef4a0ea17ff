/// One approved, redacted excerpt in the corpus.
public struct CorpusExcerpt: Codable, Sendable, Equatable {
    /// Random excerpt id (`ex-` + 20 base32 characters).
    public var id: String
    /// The question the excerpt answers.
    public var question: String
    /// Themes the template gives the question.
    public var themes: [String]
    /// Whether the reviewer marked it quotable (needs `quotes_in_reports`).
    public var quotable: Bool
    /// The redacted text: a derivative, never the survivor's verbatim words.
    public var text: String
    /// Redaction policy version it was made and approved with.
    public var policyVersion: Int

    public init(id: String, question: String, themes: [String], quotable: Bool, text: String, policyVersion: Int) {
        self.id = id
        self.question = question
        self.themes = themes
        self.quotable = quotable
        self.text = text
        self.policyVersion = policyVersion
    }

    enum CodingKeys: String, CodingKey {
        case id, question, themes, quotable, text
        case policyVersion = "policy_version"
    }
}
