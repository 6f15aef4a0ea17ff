/// One published testimony as the corpus holds it: generalised metadata, coded answers and approved,
/// redacted excerpts. It never holds originals, keys, testimony ids, known identifiers or redaction
/// maps; its id is random and only the vault (encrypted) links it back to a testimony.
public struct CorpusRecord: Codable, Sendable, Equatable {
    /// Random response id (`rs-` + 20 base32 characters). Appears in `responses.csv`.
    public var id: String
    public var template: String
    public var templateVersion: Int
    /// `en`, `fi` or `sv`.
    public var language: String
    /// Quasi-identifier question id → generalised code (after the template's ladders), e.g.
    /// `ay_age_band: "18-34"`. Skipped answers are `skipped`, refused ones `prefer_not_to_say`.
    public var quasi: [String: String]
    /// How far up each quasi-identifier's ladder `quasi` is (0 = as answered).
    public var levels: [String: Int]
    /// Coded answers of publishable structured questions (choices, scales, bands, yes/no), one entry
    /// per code (a multi-choice answer gives several). Quasi-identifiers are in `quasi`, not here.
    public var answers: CorpusAnswers
    public var excerpts: [CorpusExcerpt]
    /// Day (`YYYY-MM-DD`) the `research_corpus` consent lapses, if it does. Enforced at release; never
    /// written to release files.
    public var consentExpires: String?
    /// Day the `quotes_in_reports` consent lapses, if it does (quotable excerpts lose the mark then).
    public var quotesExpire: String?

    public init(
        id: String, template: String, templateVersion: Int, language: String, quasi: [String: String],
        levels: [String: Int] = [:], answers: CorpusAnswers, excerpts: [CorpusExcerpt],
        consentExpires: String? = nil, quotesExpire: String? = nil
    ) {
        self.id = id
        self.template = template
        self.templateVersion = templateVersion
        self.language = language
        self.quasi = quasi
        self.levels = levels
        self.answers = answers
        self.excerpts = excerpts
        self.consentExpires = consentExpires
        self.quotesExpire = quotesExpire
    }

    enum CodingKeys: String, CodingKey {
        case id, template, language, quasi, levels, answers, excerpts
        case templateVersion = "template_version"
        case consentExpires = "consent_expires"
        case quotesExpire = "quotes_expire"
    }
}
