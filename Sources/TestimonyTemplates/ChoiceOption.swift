/// One coded option of a choice question.
public struct ChoiceOption: Sendable, Equatable {
    /// Stable code stored in answers.
    public var code: String
    /// Label shown to people.
    public var label: LocalizedText
}
