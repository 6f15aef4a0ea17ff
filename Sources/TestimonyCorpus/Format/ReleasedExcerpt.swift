public import TestimonyModel

/// One line of `excerpts.jsonl`.
public struct ReleasedExcerpt: Codable, Sendable, Equatable {
    /// What every excerpt is, in its provenance.
    public static let provenanceStatement = "redacted derivative, not a verbatim statement"

    public struct Provenance: Codable, Sendable, Equatable {
        public var statement: String
        public var policyVersion: Int
        /// The release this line belongs to.
        public var release: String

        public init(statement: String = ReleasedExcerpt.provenanceStatement, policyVersion: Int, release: String) {
            self.statement = statement
            self.policyVersion = policyVersion
            self.release = release
        }

        enum CodingKeys: String, CodingKey {
            case statement, release
            case policyVersion = "policy_version"
        }
    }

    public var excerptID: String
    public var template: String
    public var templateVersion: Int
    public var question: String
    public var language: String
    public var themes: [String]
    public var quotable: Bool
    /// Generalised quasi-identifiers of the testimony (question id → code).
    public var metadata: [String: String]
    public var text: String
    public var provenance: Provenance

    public init(
        excerptID: String, template: String, templateVersion: Int, question: String, language: String,
        themes: [String], quotable: Bool, metadata: [String: String], text: String, provenance: Provenance
    ) {
        self.excerptID = excerptID
        self.template = template
        self.templateVersion = templateVersion
        self.question = question
        self.language = language
        self.themes = themes
        self.quotable = quotable
        self.metadata = metadata
        self.text = text
        self.provenance = provenance
    }

    /// The line for one excerpt of a corpus record.
    public init(_ excerpt: CorpusExcerpt, of record: CorpusRecord, release: String) {
        self.init(
            excerptID: excerpt.id, template: record.template, templateVersion: record.templateVersion,
            question: excerpt.question, language: record.language, themes: excerpt.themes,
            quotable: excerpt.quotable, metadata: record.quasi, text: excerpt.text,
            provenance: Provenance(policyVersion: excerpt.policyVersion, release: release))
    }

    enum CodingKeys: String, CodingKey {
        case template, question, language, themes, quotable, metadata, text, provenance
        case excerptID = "excerpt_id"
        case templateVersion = "template_version"
    }
}
