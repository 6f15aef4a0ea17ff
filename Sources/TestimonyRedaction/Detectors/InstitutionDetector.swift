/// Institutions by pattern: "Kalevan koulu(ssa)", "…n seurakunta", "Björkskolan", "Hammarby IF",
/// "Hillside Primary School", "FC Example", "St Mary's Church". The span is replaced by its kind.
public struct InstitutionDetector: Detector {
    public let name = "institution"
    let language: RedactionLanguage?
    let morphology: FinnishMorphology?
    let gazetteer: Gazetteer

    public init(language: RedactionLanguage?, morphology: FinnishMorphology?, gazetteer: Gazetteer) {
        self.language = language
        self.morphology = morphology
        self.gazetteer = gazetteer
    }

    static let connectors: Set<String> = ["of", "st", "saint", "the", "and", "&"]
    /// First tests for `connectors` and `functionWords` (`Token.filterKey`): most words miss them without
    /// hashing a String.
    static let connectorFilter = WordFilter(connectors)
    static let functionWordFilter = WordFilter(functionWords)
    /// A first test for `InstitutionKind.sportsMarkers` ("I" is an all-capitals word before most English verbs).
    static let sportsMarkerFilter = WordFilter(InstitutionKind.sportsMarkers)

    /// `Self.connectors.contains(token.lower)`, read in place.
    @inline(__always) static func isConnector(_ tokens: [Token], _ k: Int) -> Bool {
        connectorFilter.mayContain(key: tokens[k].filterKey) && connectors.contains(tokens[k].lower)
    }
    /// `Gazetteer.head` of "st" and "saint" ("sain"), written out so they need no lazy initialisation per
    /// access (checked in DetectorConstantsTests).
    static let stHead: UInt32 = 0x7473
    static let saintHead: UInt32 = 0x6E69_6173

    public func detect(in text: AnalyzedText) -> [Detection] {
        var result: [Detection] = []
        let tokens = text.tokens
        var headMemo: [String: String?] = [:]
        for i in tokens.indices where tokens[i].kind == .word {
            // In English only a capitalised word, "st" or "saint" can take part (every rule below needs one).
            // ("st" by its head alone, which no other token has; "saint" by its head, then the String.)
            if language == .en, !tokens[i].isCapitalized, tokens[i].head != Self.stHead,
                tokens[i].head != Self.saintHead || tokens[i].lower != "saint"
            {
                continue
            }
            // Of the capitalised English words, only a Swedish compound ending, a sports marker (all capitals),
            // "St"/"Saint" or an English head word takes part in a rule below: the others are passed over
            // before its lower form is read.
            if language == .en, !tokens[i].isAllCaps, tokens[i].head != Self.stHead, tokens[i].head != Self.saintHead,
                !InstitutionKind.swedishTailKeys.contains(tokens[i].tail), !Self.englishHeadFilter.mayContain(key: tokens[i].filterKey)
            {
                continue
            }
            // (The token is read in place: a copy retains and releases two Strings.)
            let lower = tokens[i].lower
            // Swedish compounds: Björkskolan, Vasakyrkan
            if tokens[i].isCapitalized, InstitutionKind.swedishTailKeys.contains(tokens[i].tail),
                let suffix = InstitutionKind.swedishSuffixes.first(where: { WordKey.hasSuffix(lower, ascii: tokens[i].isASCII, $0.0) && lower.count > $0.0.count + 2 })
            {
                result.append(detection(text, from: i, to: i, kind: suffix.1))
                continue
            }
            // Sports-club markers: FC Example, Hammarby IF
            if tokens[i].isAllCaps, Self.sportsMarkerFilter.mayContain(key: tokens[i].filterKey), InstitutionKind.sportsMarkers.contains(lower) {
                if i > 0, tokens[i - 1].isCapitalized, !tokens[i].isSentenceInitial, adjacent(text, i - 1, i) {
                    result.append(detection(text, from: start(text, before: i), to: i, kind: "sports_club"))
                } else if i + 1 < tokens.count, tokens[i + 1].isCapitalized, !tokens[i + 1].isSentenceInitial, adjacent(text, i, i + 1) {
                    var j = i + 1
                    while j + 1 < tokens.count, tokens[j + 1].isCapitalized, !tokens[j + 1].isAllCaps, !tokens[j + 1].isSentenceInitial,
                        adjacent(text, j, j + 1)
                    {
                        j += 1
                    }
                    result.append(detection(text, from: i, to: j, kind: "sports_club"))
                }
                continue
            }
            // "St Mark's", "st marys": a saint's name is a church or a school named after one.
            if lower == "st" || lower == "saint", language != .fi, i + 1 < tokens.count, tokens[i + 1].kind == .word,
                tokens[i + 1].start - tokens[i].end <= 2
            {
                var j = i + 1
                while j + 1 < tokens.count, tokens[j + 1].isCapitalized, !tokens[j + 1].isSentenceInitial, adjacent(text, j, j + 1) { j += 1 }
                let kind = headKind(tokens[j]) ?? "church"
                result.append(detection(text, from: i, to: j, kind: kind))
                continue
            }
            // Head word first, then the name: "Terapiakeskus Lumossa", "Kriisikeskus Ankkurissa", "Stödcentrum Linnea".
            if tokens[i].isCapitalized, language != .en, i + 1 < tokens.count,
                tokens[i + 1].kind == .word, tokens[i + 1].isCapitalized, !tokens[i + 1].isSentenceInitial, !tokens[i + 1].isAllCaps,
                tokens[i + 1].start - tokens[i].end == 1, text.scalars[tokens[i].end] == " ", let kind = headFirstKind(tokens[i]), startsName(tokens[i + 1])
            {
                result.append(detection(text, from: i, to: i + 1, kind: kind))
                continue
            }
            // Clubs named by town and a plural noun: "Varkauden Vesikoissa", "Lappeenrannan Saukoissa".
            if language == .fi, tokens[i].isCapitalized, !tokens[i].isSentenceInitial, i > 0, isPluralCommonNoun(tokens[i]),
                tokens[i - 1].isCapitalized, tokens[i].start - tokens[i - 1].end == 1, text.scalars[tokens[i - 1].end] == " ",
                isPlaceGenitive(tokens[i - 1])
            {
                result.append(detection(text, from: i - 1, to: i, kind: "club"))
                continue
            }
            // headKind depends only on the word as written: once per distinct word of the text
            // (English needs no memo: a lowercase word is never a head there, and a capitalised one costs one lookup.)
            let memoised: String?
            if language == .en {
                // headKind's English rule, read in place (passing the token copied it)
                memoised = tokens[i].isCapitalized && Self.englishHeadFilter.mayContain(key: tokens[i].filterKey)
                    ? InstitutionKind.englishHeads[tokens[i].lower] : nil
            } else if let cached = headMemo[tokens[i].text] {
                memoised = cached
            } else {
                memoised = headKind(tokens[i])
                headMemo[tokens[i].text] = .some(memoised)
            }
            guard let kind = memoised else { continue }
            // Chat style: "kuokkalan koulusta", "lahden lyseossa" (a town or district in the genitive, lowercase).
            if language == .fi, !tokens[i].isCapitalized, i > 0, !tokens[i - 1].isCapitalized, ["school", "church", "kindergarten"].contains(kind),
                tokens[i].start - tokens[i - 1].end == 1, text.scalars[tokens[i - 1].end] == " ", lowercasePlaceGenitive(tokens[i - 1])
            {
                result.append(detection(text, from: i - 1, to: i, kind: kind))
                continue
            }
            // The head needs a capitalised name before it (generic "koulussa", "my school" stay).
            guard i > 0, tokens[i - 1].isCapitalized && startsName(tokens[i - 1]) || (tokens[i].isCapitalized && Self.isConnector(tokens, i - 1)),
                adjacent(text, i - 1, i), !gazetteer.countries.contains(tokens[i - 1].lower)
            else {
                // Finnish compounds: Kalevankoulu(ssa)
                if tokens[i].isCapitalized, language != .en, let base = morphology?.analyze(tokens[i].text).first?.baseForm.lowercased(),
                    InstitutionKind.finnishHeads.keys.contains(where: { base.hasSuffix($0) && base.count > $0.count + 2 })
                {
                    result.append(detection(text, from: i, to: i, kind: kind))
                }
                continue
            }
            result.append(detection(text, from: start(text, before: i), to: i, kind: kind))
        }
        return result
    }

    /// A first test for `InstitutionKind.englishHeads`.
    static let englishHeadFilter = WordFilter(InstitutionKind.englishHeads.keys)

    /// The kind if `token` is an institution head word ("koulussa" → school, "School" → school).
    func headKind(_ token: Token) -> String? {
        if token.isCapitalized, language != .fi, Self.englishHeadFilter.mayContain(token), let kind = InstitutionKind.englishHeads[token.lower] {
            return kind
        }
        if language == .en { return nil }
        if language != .fi, InstitutionKind.swedishTailKeys.contains(token.tail),
            let suffix = InstitutionKind.swedishSuffixes.first(where: { token.lower == $0.0 || WordKey.hasSuffix(token.lower, ascii: token.isASCII, $0.0) && token.lower.count > $0.0.count + 2 })
        {
            return suffix.1  // "Oxhamns skola", "Kungälvs ridklubb", "Masthuggets församling"
        }
        if let kind = InstitutionKind.finnishHeads[token.lower] { return kind }
        guard language == .fi || language == nil else { return nil }
        for reading in morphology?.analyze(token.text) ?? [] {
            if let kind = InstitutionKind.finnishHeads[reading.baseForm.lowercased()] { return kind }
        }
        return nil
    }

    /// Head words that come before the name ("Terapiakeskus Lumo", "Stödcentrum Linnea"), by suffix.
    static let headFirstSuffixes: [(String, String)] = [
        ("keskus", "health_service"), ("centrum", "health_service"), ("nuorisotalo", "youth_centre"), ("kerho", "club"),
        ("ratsastuskoulu", "club"), ("tanssikoulu", "club"), ("musiikkikoulu", "club"), ("fritidsgården", "youth_centre"),
        ("fritidsgård", "youth_centre"), ("mottagning", "health_service"), ("vastaanotto", "health_service"),
    ]

    /// The kind when `token` (or its Finnish base form) ends in a head word that precedes a name.
    static let headFirstTails = WordKey.tails(headFirstSuffixes.map(\.0))

    func headFirstKind(_ token: Token) -> String? {
        var forms = [token.lower]
        if language == .fi || language == nil, let morphology {
            forms += morphology.analyze(token.text).filter { !$0.isProperNoun }.map { $0.baseForm.lowercased() }
        }
        for form in forms where Self.headFirstTails.contains(WordKey.tail(form)) {
            if let match = Self.headFirstSuffixes.first(where: { form.hasSuffix($0.0) }) { return match.1 }
        }
        return nil
    }

    /// A Finnish common noun in the plural ("Vesikoissa" ← vesikko; Voikko may also read it as a name).
    func isPluralCommonNoun(_ token: Token) -> Bool {
        guard let readings = morphology?.analyze(token.text) else { return false }
        return readings.contains { $0.wordClass == "nimisana" && $0.number == "plural" }
    }

    /// A place name in the genitive ("Varkauden", "Lappeenrannan").
    func isPlaceGenitive(_ token: Token) -> Bool {
        guard token.lower.hasSuffix("n"), let readings = morphology?.analyze(token.text) else { return false }
        return readings.contains { $0.wordClass == "paikannimi" && $0.grammaticalCase == "omanto" }
    }

    /// A lowercase genitive that is a place when capitalised ("kuokkalan", "lahden"), or that no
    /// dictionary knows; not a pronoun, adjective or numeral ("meidän", "uuden", "kolmen").
    func lowercasePlaceGenitive(_ token: Token) -> Bool {
        guard token.kind == .word, token.lower.hasSuffix("n"), token.lower.count >= 5, let morphology else { return false }
        let readings = morphology.analyze(token.text)
        if readings.contains(where: { ["asemosana", "laatusana", "lukusana", "seikkasana", "suhdesana", "sidesana"].contains($0.wordClass) }) {
            return false
        }
        let capitalised = morphology.analyze(token.text.prefix(1).uppercased() + token.text.dropFirst())
        if capitalised.contains(where: { $0.wordClass == "paikannimi" && $0.grammaticalCase == "omanto" }) { return true }
        return readings.isEmpty && capitalised.isEmpty && !gazetteer.isTrap(token.lower)
    }

    /// First token of the capitalised name run ending just before `head`.
    func start(_ text: AnalyzedText, before head: Int) -> Int {
        var s = head - 1
        while s - 1 >= 0, head - s < 4, !text.tokens[s].isSentenceInitial, adjacent(text, s - 1, s),
            text.tokens[s - 1].isCapitalized && startsName(text.tokens[s - 1]) || Self.isConnector(text.tokens, s - 1)
        {
            s -= 1
        }
        while s < head, Self.isConnector(text.tokens, s) { s += 1 }
        return s
    }

    static let functionWords: Set<String> = [
        "we", "i", "the", "in", "at", "my", "our", "he", "she", "they", "it", "when", "then", "vi", "jag", "han", "hon",
        "de", "på", "i", "när", "sedan", "min", "vår",
    ]

    /// Whether a capitalised word can be part of an institution's name (not "Olin", "We", "The").
    func startsName(_ token: Token) -> Bool {
        if Self.functionWordFilter.mayContain(token) && Self.functionWords.contains(token.lower) || gazetteer.isTrap(token) { return false }
        guard token.isSentenceInitial, language != .en, language != .sv, let readings = morphology?.analyze(token.text) else { return true }
        return readings.isEmpty || readings.contains(where: \.isProperNoun)
    }

    /// Tokens `a` and `b` are neighbours in one name: only a space, line break or hyphen between them
    /// (a full stop only after "St"), and `b` does not start a new sentence.
    func adjacent(_ text: AnalyzedText, _ a: Int, _ b: Int) -> Bool {
        let from = text.tokens[a].end
        let to = text.tokens[b].start
        guard to - from <= 2, to > from else { return false }
        let abbreviation = ["st", "dr"].contains(text.tokens[a].lower)
        return (from..<to).allSatisfy { [" ", "\n", "-"].contains(text.scalars[$0]) || abbreviation && text.scalars[$0] == "." }
    }

    func detection(_ text: AnalyzedText, from: Int, to: Int, kind: String) -> Detection {
        // "ORG:" and the words joined with spaces, appended in place (the tokens are read, not copied, and no
        // array of the words is built).
        var entity = "ORG:"
        for k in from...to {
            if k > from { entity += " " }
            entity += text.tokens[k].lower
        }
        var ending: String?
        if language != .en, let reading = morphology?.analyze(text.tokens[to].text).first {
            ending = CaseEnding.of(text.tokens[to], base: reading.baseForm.lowercased(), language: language, morphology: morphology)
        }
        return Detection(
            start: text.tokens[from].start, end: text.tokens[to].end, type: .org, detector: name, confidence: 0.9, entity: entity,
            subtype: kind, caseEnding: ending)
    }
}
