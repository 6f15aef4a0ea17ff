/// One answer to one question, or one of the two distinct non-answers.
public enum Answer: Sendable, Equatable, Hashable {
    /// Free text (`short_text`, `long_text`).
    case text(String)
    /// One option or band code (`single_choice`, `number_band`).
    case code(String)
    /// Several option codes (`multi_choice`).
    case codes([String])
    /// A number on a scale (`scale`).
    case integer(Int)
    /// `YYYY-MM` (`month_year`).
    case monthYear(String)
    /// Yes or no (`yes_no`).
    case bool(Bool)
    /// The person chose to skip the question.
    case skipped
    /// The person preferred not to say.
    case preferNotToSay
}
