import Foundation

/// Ages given without the word "years": "kun olin 11", "olin kahentoista", "när jag var åtta",
/// "I was 13", "she turned nine", "yhdeksänvuotias". Quasi-identifiers, generalised to a 5-year band.
public struct AgeContextDetector: Detector {
    public let name = "age-context"
    let language: RedactionLanguage?

    public init(language: RedactionLanguage?) {
        self.language = language
    }

    static let cues: [RedactionLanguage: Set<String>] = [
        .fi: ["olin", "oli", "olit", "olimme", "olivat", "ollessani", "täytin", "täytti"],
        .sv: ["var", "fyllde", "blev"],
        .en: ["was", "were", "turned", "aged"],
    ]
    /// Words after a number that make it something other than an age ("kuusi vuotta sitten", "ten minutes").
    static let notAge: Set<String> = [
        "vuotta", "kuukautta", "viikkoa", "päivää", "tuntia", "minuuttia", "kertaa", "euroa", "prosenttia", "metriä", "kiloa",
        "år", "månader", "veckor", "dagar", "timmar", "minuter", "gånger", "kronor", "procent", "sedan",
        "years", "months", "weeks", "days", "hours", "minutes", "times", "pounds", "dollars", "percent", "o'clock", "am", "pm", "of", "av",
    ]
    static let people: Set<String> = ["i", "he", "she", "we", "they", "you", "jag", "han", "hon", "vi", "de", "du", "hen"]
    static let ageSuffixes = ["vuotias", "vuotiaana", "vuotiaalla", "vuotiaalle", "vuotiaan", "vuotiaat", "åring", "åringen"]
    static let ageTails = WordKey.tails(ageSuffixes)

    public func detect(in text: AnalyzedText) -> [Detection] {
        var result: [Detection] = []
        let tokens = text.tokens
        let cues = language.map { Self.cues[$0] ?? [] } ?? Self.cues.values.reduce(Set<String>()) { $0.union($1) }
        for i in tokens.indices {
            let token = tokens[i]
            // compounds: yhdeksänvuotias, åttaåring
            if token.kind == .word, Self.ageTails.contains(WordKey.tail(token.lower)),
                let suffix = Self.ageSuffixes.first(where: { token.lower.hasSuffix($0) })
            {
                let head = String(token.lower.dropLast(suffix.count)).trimmingCharacters(in: ["-"])
                if let n = NumberWords.values[head] ?? Int(head) {
                    result.append(detection(token.start, token.end, n))
                    continue
                }
            }
            guard i > 0, cues.contains(tokens[i - 1].lower), tokens[i].start - tokens[i - 1].end <= 2, let n = NumberWords.age(token) else { continue }
            // "was"/"var" need a person before them ("I was 13", not "there were 3 of us")
            let cue = tokens[i - 1].lower
            if ["was", "were", "var"].contains(cue), !(i >= 2 && Self.people.contains(tokens[i - 2].lower)) { continue }
            var end = token.end
            // keep "11 år gammal", "10 years old" together
            if i + 2 < tokens.count, ["år", "years", "vuotta"].contains(tokens[i + 1].lower), ["gammal", "old", "vanha"].contains(tokens[i + 2].lower) {
                end = tokens[i + 2].end
            } else if i + 1 < tokens.count, Self.notAge.contains(tokens[i + 1].lower), tokens[i + 1].start - token.end <= 2 {
                continue
            }
            // "kello oli kymmenen" / "it was ten o'clock": a clock before the cue
            if i >= 2, ["kello", "klockan", "time"].contains(tokens[i - 2].lower) { continue }
            result.append(detection(token.start, end, n))
        }
        return result
    }

    func detection(_ start: Int, _ end: Int, _ age: Int) -> Detection {
        Detection(start: start, end: end, type: .age, detector: name, confidence: 0.7, entity: "AGE:\(age)", generalized: NumberWords.band(age))
    }
}
