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

    /// The features of `scalars`: letters and spaces (below U+0080 and not one of the marks) are skipped with
    /// one range check.
    static func of(_ scalars: [Unicode.Scalar]) -> CodePrefilter {
        var found: UInt8 = 128
        for s in scalars {
            let v = s.value
            // letters, space, comma and everything above '_' but ASCII: nothing to record
            if v >= 0x60 || v == 0x20 { continue }
            if v &- 0x30 < 10 {
                found |= 1
            } else if v == 0x40 {
                found |= 2
            } else if v == 0x2E {
                found |= 4
            } else if v == 0x5F {
                found |= 8
            } else if v == 0x3A {
                found |= 16
            } else if v == 0x5B {
                found |= 32
            }
            if found == 0xBF { break }
        }
        return CodePrefilter(rawValue: found)
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
