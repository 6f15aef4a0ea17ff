/// Street names the address detector leaves: inflected Finnish ("Yliopistonkatu 31:ssä"), Swedish
/// two-word names ("Västra gatan 4", "Kungsportsavenyen 21") and English names without a house
/// number ("Otley Road"). A following house number joins the span.
public struct StreetNameDetector: Detector {
    public let name = "street"

    /// (Not -tori, -ranta, -rinne: "kanttori" is a cantor and "Koivuranta" a surname.)
    static let finnishSuffixes = ["katu", "tie", "kuja", "polku", "raitti", "väylä", "kaari"]
    static let swedishSuffixes = ["gatan", "vägen", "gränd", "gränden", "avenyen", "allén", "torget", "stigen", "backen", "plan"]
    static let swedishWords: Set<String> = ["gatan", "vägen", "gränd", "allén", "torget", "stigen", "backe"]
    static let englishWords: Set<String> = [
        "road", "street", "lane", "avenue", "drive", "close", "way", "crescent", "terrace", "gardens", "grove", "place", "rd", "st", "ave",
    ]
    let morphology: FinnishMorphology?
    /// Voikko base forms are looked up only for Finnish (or an unknown language).
    let language: RedactionLanguage?
    static let swedishTails = WordKey.tails(swedishSuffixes)
    static let swedishWordFilter = WordFilter(swedishWords)
    static let englishWordFilter = WordFilter(englishWords)
    static let finnishTails = WordKey.tails(finnishSuffixes)

    public init(language: RedactionLanguage?, morphology: FinnishMorphology?) {
        self.language = language
        self.morphology = morphology
    }

    public func detect(in text: AnalyzedText) -> [Detection] {
        var result: [Detection] = []
        let tokens = text.tokens
        let finnishForms = (language == .fi || language == nil) && morphology != nil
        for i in tokens.indices where tokens[i].kind == .word {
            // (The neighbour checks come before the word-list lookups: they rule out most tokens for less.)
            let afterCapitalised = i > 0 && tokens[i - 1].isCapitalized && tokens[i].start - tokens[i - 1].end == 1
            // Every rule below needs one of these; other tokens are passed over before they are copied.
            guard afterCapitalised || tokens[i].isCapitalized && tokens[i].end - tokens[i].start > 6 else { continue }
            // A word after a capitalised one takes part only when a list filter may hold it (or as a long
            // capitalised compound): most names after names are passed over here, before the copy.
            guard tokens[i].isCapitalized && tokens[i].end - tokens[i].start > 6 || Self.swedishWordFilter.mayContain(key: tokens[i].filterKey)
                || Self.englishWordFilter.mayContain(key: tokens[i].filterKey)
            else { continue }
            // (The token is read in place: a copy retains and releases two Strings.)
            var start: Int?
            let lower = tokens[i].lower
            // (An ASCII word's Characters are its bytes: no Character count for it. A compound needs a street
            // word's tail, or Voikko's base forms, before the token is copied for `streetCompound`.)
            if tokens[i].isCapitalized, tokens[i].end - tokens[i].start > 6, (tokens[i].isASCII ? lower.utf8.count : lower.count) > 6,
                finnishForms || Self.swedishTails.contains(tokens[i].tail) || Self.finnishTails.contains(tokens[i].tail), streetCompound(tokens[i])
            {
                start = i  // Yliopistonkatu(ssa), Kungsportsavenyen
            } else if afterCapitalised, Self.swedishWordFilter.mayContain(key: tokens[i].filterKey), Self.swedishWords.contains(lower) {
                start = i - 1  // Västra gatan
            } else if tokens[i].isCapitalized, afterCapitalised, !tokens[i - 1].isSentenceInitial, Self.englishWordFilter.mayContain(key: tokens[i].filterKey),
                Self.englishWords.contains(lower), lower != "st"
            {
                start = i - 1  // Otley Road
            }
            guard let first = start else { continue }
            var end = tokens[i].end
            if i + 1 < tokens.count, tokens[i + 1].kind == .number, tokens[i + 1].start - tokens[i].end == 1, tokens[i + 1].lower.count <= 4 {
                end = tokens[i + 1].end
                // "31:ssä", "12 B"
                var k = end
                if k < text.scalars.count, text.scalars[k] == ":" {
                    k += 1
                    while k < text.scalars.count, Tokenizer.isLetter(text.scalars[k]) { k += 1 }
                    end = k
                }
            } else if start == i, !(i + 1 < tokens.count && tokens[i + 1].kind == .number) {
                // A compound street name without a number is still a street only with Voikko's say-so or a Swedish suffix.
                guard Self.swedishSuffixes.contains(where: { lower.hasSuffix($0) }) || finnishStreet(tokens[i]) else { continue }
            }
            result.append(Detection(
                start: tokens[first].start, end: end, type: .address, detector: name, confidence: 0.8,
                entity: "ADDRESS:" + text.text(tokens[first].start, end).lowercased()))
        }
        return result
    }

    func streetCompound(_ token: Token) -> Bool {
        Self.swedishTails.contains(token.tail) && Self.swedishSuffixes.contains { token.lower.hasSuffix($0) } || finnishStreet(token)
    }

    /// A Finnish compound whose base form ends in a street word ("Yliopistonkadulla" → "Yliopistonkatu").
    func finnishStreet(_ token: Token) -> Bool {
        func isStreet(_ form: String, tail: UInt32) -> Bool {
            Self.finnishTails.contains(tail) && Self.finnishSuffixes.contains { form.hasSuffix($0) && form.count > $0.count + 3 }
        }
        if isStreet(token.lower, tail: token.tail) { return true }
        guard language == .fi || language == nil, let morphology else { return false }
        return morphology.analyze(token.text).contains {
            let form = $0.baseForm.lowercased()
            return isStreet(form, tail: WordKey.tail(form))
        }
    }
}
