/// What a text contains, from one pass over its scalars: a code detector whose matches all need a digit
/// (or an "@", a full stop…) is skipped for a text without one. Most prose words cost one comparison.
struct CodePrefilter: OptionSet, Sendable {
    let rawValue: UInt8

    static let digit = CodePrefilter(rawValue: 1)
    static let at = CodePrefilter(rawValue: 2)
    static let dot = CodePrefilter(rawValue: 4)
    static let underscore = CodePrefilter(rawValue: 8)
    static let colon = CodePrefilter(rawValue: 16)
    /// A "[": only then can the text hold a placeholder ("[PERSON 1]") to leave as it is. No detector
    /// requires it.
    static let bracket = CodePrefilter(rawValue: 32)
    /// Runs whatever the text holds (number words: "twelve years old", "åttan").
    static let always = CodePrefilter(rawValue: 128)

    /// The features of `scalars` (the pipeline reads them from its `CodeMarks`, made in the same pass).
    static func of(_ scalars: [Unicode.Scalar]) -> CodePrefilter {
        CodeMarks(scalars).features
    }

    /// What a detector needs at least one of to find anything; `.always` for detectors that read words.
    static func requirement(of name: String) -> CodePrefilter {
        switch name {
        case "email", "handle": .at
        case "url": [.dot, .colon]
        case "ip": [.digit, .colon]
        case "username": [.dot, .underscore]
        case "phone", "fi-hetu", "se-personnummer", "iban", "card", "plate", "case-number", "address", "postal-code", "date", "uk-nino",
            "uk-plate":
            .digit
        default: .always
        }
    }
}
