/// A parsed, validated interview template.
public struct Template: Sendable, Equatable {
    public var id: String
    public var version: Int
    public var languages: [String]
    public var title: LocalizedText
    public var description: LocalizedText?
    public var supportStart: LocalizedText
    public var supportEnd: LocalizedText
    public var consentIntro: LocalizedText?
    public var consentScopes: [ConsentScope]
    public var sections: [TemplateSection]
    public var identifiersPrompt: LocalizedText?
    /// How answers may enter the corpus (defaults when the template has no `corpus:` block).
    public var corpus: CorpusSettings = CorpusSettings()

    /// Every question in interview order.
    public var questions: [Question] { sections.flatMap(\.questions) }

    /// The question with this id.
    public func question(_ id: String) -> Question? {
        questions.first { $0.id == id }
    }

    /// The consent scope with this id.
    public func scope(_ id: String) -> ConsentScope? {
        consentScopes.first { $0.id == id }
    }
}
