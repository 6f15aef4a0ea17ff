/// One question of a template.
public struct Question: Sendable, Equatable {
    public var id: String
    public var kind: QuestionKind
    public var label: LocalizedText
    public var help: LocalizedText?
    public var identifying: IdentifyingLevel
    public var publishable: Bool
    /// Options of choice questions.
    public var options: [ChoiceOption]
    /// Range of scale questions.
    public var scale: ScaleSpec?
    /// Bands of number_band questions.
    public var bands: [NumberBand]
    /// Themes of the question (for corpus excerpts and the codebook).
    public var themes: [String] = []
}
