/// A section of a template; its first question is a free-narrative `long_text`.
public struct TemplateSection: Sendable, Equatable {
    public var id: String
    public var title: LocalizedText
    public var questions: [Question]
}
