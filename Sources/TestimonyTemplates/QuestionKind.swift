/// The kinds of question a template can ask.
public enum QuestionKind: String, Sendable, CaseIterable {
    case shortText = "short_text"
    case longText = "long_text"
    case singleChoice = "single_choice"
    case multiChoice = "multi_choice"
    case scale
    case numberBand = "number_band"
    case monthYear = "month_year"
    case yesNo = "yes_no"
}
