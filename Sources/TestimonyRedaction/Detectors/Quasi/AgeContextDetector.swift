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
        .fi: ["olin", "oli", "olit", "olimme", "olivat", "ollessani", "täytin", "täytti", "olen"],
        .sv: ["var", "fyllde", "blev", "är"],
        .en: ["was", "were", "turned", "aged", "i'm", "im", "am"],
    ]
    /// Words after a number that make it something other than an age ("kuusi vuotta sitten", "ten minutes").
    static let notAge: Set<String> = [
        "vuotta", "kuukautta", "viikkoa", "päivää", "tuntia", "minuuttia", "kertaa", "euroa", "prosenttia", "metriä", "kiloa",
        "år", "månader", "veckor", "dagar", "timmar", "minuter", "gånger", "kronor", "procent", "sedan",
        "years", "months", "weeks", "days", "hours", "minutes", "times", "pounds", "dollars", "percent", "o'clock", "am", "pm", "of", "av",
    ]
    /// Words that may stand between the cue and the age: "typ", "like", "silloin", "bara".
    static let fillers: Set<String> = ["typ", "like", "liksom", "niinku", "siis", "silloin", "vasta", "jo", "just", "then", "only", "bara", "då", "redan"]
    static let people: Set<String> = ["i", "he", "she", "we", "they", "you", "jag", "han", "hon", "vi", "de", "du", "hen"]
    static let ageSuffixes = ["vuotias", "vuotiaana", "vuotiaalla", "vuotiaalle", "vuotiaan", "vuotiaat", "åring", "åringen"]
    static let ageTails = WordKey.tails(ageSuffixes)
    static let ageSuffixTails = ageSuffixes.map(WordKey.tail)
    /// First tests for the word lists (`Token.filterKey`): most words miss them without hashing a String.
    static let fillerFilter = WordFilter(fillers)
    static let peopleFilter = WordFilter(people)
    static let cueFilter = WordFilter(cues.values.joined())
    static let notAgeFilter = WordFilter(notAge)

    public func detect(in text: AnalyzedText) -> [Detection] {
        var result: [Detection] = []
        let tokens = text.tokens
        let cues = language.map { Self.cues[$0] ?? [] } ?? Self.cues.values.reduce(Set<String>()) { $0.union($1) }
        // (The static tables are read once per text, not once per token.)
        let ageTails = Self.ageTails
        let numberFilter = NumberWords.filter
        for i in tokens.indices {
            // A word can only be an age compound, a Finnish "15v" or a number word: other words are passed over
            // first.
            if tokens[i].kind == .word, !ageTails.contains(tokens[i].tail),
                language == .en || language == .sv || tokens[i].tail & 0xFF != UInt32(UInt8(ascii: "v")),
                !numberFilter.mayContain(key: tokens[i].filterKey)
            {
                continue
            }
            // (`tokens[i]` is read in place: a copy retained and released its two Strings.)
            // compounds: yhdeksänvuotias, åttaåring
            // (A suffix ending in three ASCII letters can end the word only when the word's last three bytes are
            // its own: the other suffixes are not compared. English "-ing" words meet "åring" alone.)
            if tokens[i].kind == .word, Self.ageTails.contains(tokens[i].tail),
                let suffix = Self.ageSuffixes.indices.first(where: { Self.ageSuffixTails[$0] == tokens[i].tail && WordKey.hasSuffix(tokens[i].lower, ascii: tokens[i].isASCII, Self.ageSuffixes[$0]) })
                    .map({ Self.ageSuffixes[$0] })
            {
                let head = String(tokens[i].lower.dropLast(suffix.count)).trimmingCharacters(in: ["-"])
                if let n = NumberWords.values[head] ?? Int(head) {
                    result.append(detection(tokens[i].start, tokens[i].end, n))
                    continue
                }
            }
            // Finnish chat: "15v", "15v."
            if language != .en, language != .sv, tokens[i].kind == .word, tokens[i].lower.hasSuffix("v"), tokens[i].end - tokens[i].start <= 3,
                let n = Int(tokens[i].lower.dropLast()), (1...99).contains(n)
            {
                result.append(detection(tokens[i].start, tokens[i].end, n))
                continue
            }
            guard i > 0, let n = NumberWords.age(tokens, i) else { continue }
            // The cue may stand a filler or two before the number ("I was, like, eight", "olin silloin 27"), and
            // Swedish may invert ("nu är jag 24").
            func joined(_ a: Int, _ b: Int) -> Bool {
                tokens[b].start - tokens[a].end <= 3 && (tokens[a].end..<tokens[b].start).allSatisfy { text.scalars[$0] == " " || text.scalars[$0] == "," }
            }
            var c = i - 1
            var fillers = 0
            while c > 0, fillers < 2, Self.fillerFilter.mayContain(key: tokens[c].filterKey), Self.fillers.contains(tokens[c].lower), joined(c, c + 1) {
                c -= 1
                fillers += 1
            }
            guard joined(c, c + 1) else { continue }
            var inverted = false
            if c >= 1, Self.peopleFilter.mayContain(key: tokens[c].filterKey), Self.people.contains(tokens[c].lower),
                tokens[c - 1].lower == "är" || tokens[c - 1].lower == "var", joined(c - 1, c)
            {
                inverted = true
                c -= 1
            }
            let ageOf = tokens[c].lower == "of" && c >= 1 && tokens[c - 1].lower == "age"  // "from the age of nine"
            // (`cueFilter` holds every language's cues: a word it rules out is in none of them.)
            let cueFilter = Self.cueFilter
            guard cueFilter.mayContain(key: tokens[c].filterKey) && cues.contains(tokens[c].lower) || ageOf
                || (fillers == 0 && !inverted && tokens[i].start - tokens[i - 1].end <= 2 && cueFilter.mayContain(key: tokens[i - 1].filterKey)
                    && cues.contains(tokens[i - 1].lower))
            else { continue }
            // "was"/"var" need a person before them ("I was 13", not "there were 3 of us")
            let cue = tokens[c].lower
            // (Compared one by one: an array literal was built per number.)
            if cue == "was" || cue == "were" || cue == "var" || cue == "är" || cue == "am", !inverted,
                !(c >= 1 && Self.peopleFilter.mayContain(key: tokens[c - 1].filterKey) && Self.people.contains(tokens[c - 1].lower))
            {
                continue
            }
            var end = tokens[i].end
            // keep "11 år gammal", "10 years old" together
            if i + 2 < tokens.count, tokens[i + 1].lower == "år" || tokens[i + 1].lower == "years" || tokens[i + 1].lower == "vuotta",
                tokens[i + 2].lower == "gammal" || tokens[i + 2].lower == "old" || tokens[i + 2].lower == "vanha"
            {
                end = tokens[i + 2].end
            } else if i + 1 < tokens.count, tokens[i + 1].lower == "år", cue == "var" || cue == "är",
                !(i + 2 < tokens.count && tokens[i + 2].lower == "sedan")
            {
                end = tokens[i + 1].end  // "när jag var nio år"
            } else if i + 1 < tokens.count, Self.notAgeFilter.mayContain(key: tokens[i + 1].filterKey), Self.notAge.contains(tokens[i + 1].lower),
                tokens[i + 1].start - tokens[i].end <= 2
            {
                continue
            }
            // "kello oli kymmenen" / "it was ten o'clock": a clock before the cue
            if i >= 2, tokens[i - 2].lower == "kello" || tokens[i - 2].lower == "klockan" || tokens[i - 2].lower == "time" { continue }
            result.append(detection(tokens[i].start, end, n))
        }
        return result
    }

    func detection(_ start: Int, _ end: Int, _ age: Int) -> Detection {
        Detection(start: start, end: end, type: .age, detector: name, confidence: 0.7, entity: "AGE:\(age)", generalized: NumberWords.band(age))
    }
}
