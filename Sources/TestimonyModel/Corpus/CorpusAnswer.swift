/// One coded answer in the corpus: a question and one code (`"4"` for a scale, `"yes"`/`"no"` for
/// yes/no, the option or band code otherwise; `skipped` and `prefer_not_to_say` for non-answers).
public struct CorpusAnswer: Codable, Sendable, Equatable, Hashable {
    public var question: String
    public var code: String

    public init(question: String, code: String) {
        self.question = question
        self.code = code
    }
}
