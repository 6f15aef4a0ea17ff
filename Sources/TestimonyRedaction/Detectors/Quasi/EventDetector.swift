/// Named events: a capitalised name with an event word ("Hervanta Cupin", "Nuorten kirkkopäivät 2010",
/// "Kvibergsturneringen 2013", "Summer Festival 2014"), with a following year. Quasi-identifiers,
/// replaced by "[EVENT]".
public struct EventDetector: Detector {
    public let name = "event"
    let morphology: FinnishMorphology?
    /// Voikko base forms are looked up only for Finnish (or an unknown language).
    let language: RedactionLanguage?

    public init(morphology: FinnishMorphology?) {
        self.init(language: nil, morphology: morphology)
    }

    public init(language: RedactionLanguage?, morphology: FinnishMorphology?) {
        self.language = language
        self.morphology = morphology
    }

    static let heads: [String] = [
        "cup", "cupen", "turnaus", "leiri", "suurleiri", "päivät", "kirkkopäivät", "konsertti", "kevätkonsertti", "festivaali",
        "kilpailut", "kisat", "gaala", "juhlat", "messut", "turnering", "turneringen", "läger", "lägret", "konsert", "konserten",
        "festival", "festivalen", "mästerskap", "mästerskapen", "simmet", "tournament", "camp", "concert", "championship",
        "championships", "gala", "marathon", "games", "jamboree",
    ]

    public func detect(in text: AnalyzedText) -> [Detection] {
        var result: [Detection] = []
        let tokens = text.tokens
        // Without Voikko's base forms only a token whose tail some head has can match (`headMatch`'s first test,
        // made here before the call).
        let finnish = (language == .fi || language == nil) && morphology != nil
        let headTails = Self.headTails
        var i = 0
        while i < tokens.count {
            // An event has a capitalised name: skip the dictionary work for every other word (before the
            // token is copied: a copy retains and releases its two Strings).
            guard tokens[i].kind == .word, tokens[i].isCapitalized || i > 0 && tokens[i - 1].isCapitalized,
                finnish || headTails.contains(tokens[i].tail)
            else { i += 1; continue }
            // (Read in place, not copied: most of these tokens end in no event word.)
            guard let (_, compound) = headMatch(tokens, i) else { i += 1; continue }
            var start = i
            if !compound {
                // the head needs a capitalised name just before it
                guard i > 0, tokens[i - 1].isCapitalized, tokens[i].start - tokens[i - 1].end == 1, nameLike(tokens[i - 1]) else { i += 1; continue }
                start = i - 1
            } else if !tokens[i].isCapitalized && !(i > 0 && tokens[i - 1].isCapitalized && tokens[i].start - tokens[i - 1].end == 1) {
                i += 1
                continue
            } else if i > 0, tokens[i - 1].isCapitalized, !tokens[i - 1].isSentenceInitial || !tokens[i].isCapitalized, tokens[i].start - tokens[i - 1].end == 1 {
                start = i - 1
            }
            var end = i
            if i + 1 < tokens.count, tokens[i + 1].kind == .number, tokens[i + 1].lower.count == 4,
                let year = Int(tokens[i + 1].lower), (1900...2099).contains(year), tokens[i + 1].start - tokens[i].end <= 2
            {
                end = i + 1
            }
            result.append(Detection(
                start: tokens[start].start, end: tokens[end].end, type: .event, detector: name, confidence: 0.7,
                entity: "EVENT:" + tokens[start...end].map(\.lower).joined(separator: " ")))
            i = end + 1
        }
        return result
    }

    /// A capitalised word that can name an event: not a sentence-initial ordinary word ("Menin").
    func nameLike(_ token: Token) -> Bool {
        guard token.isSentenceInitial, let readings = morphology?.analyze(token.text), !readings.isEmpty else { return true }
        return readings.contains(where: \.isProperNoun)
    }

    /// The event word `token` is, or ends with (also inflected, through Voikko base forms).
    /// - Returns: the head word and whether the token is a compound ending in it ("kirkkopäivät").
    static let headTails = WordKey.tails(heads)
    /// `WordKey.tail` of each of `heads` (all of them three bytes or longer): a form equals or ends with a head
    /// only when their tails agree, so the other heads are not compared.
    static let headTailList = heads.map(WordKey.tail)

    /// (`tokens[i]` is read in place.)
    func headMatch(_ tokens: [Token], _ i: Int) -> (String, Bool)? {
        // Each form with whether it is ASCII (the token's own form when the token is; Voikko's base forms are
        // compared Character-wise).
        // (Each form with its tail: only the heads with that tail are compared.)
        let finnish = (language == .fi || language == nil) && morphology != nil
        // Without Voikko's base forms a token whose tail no head has ends in none: nothing to build.
        if !finnish && !Self.headTails.contains(tokens[i].tail) { return nil }
        var forms: [(form: String, ascii: Bool, tail: UInt32)] = []
        if Self.headTails.contains(tokens[i].tail) { forms.append((tokens[i].lower, tokens[i].isASCII, tokens[i].tail)) }
        if finnish, let morphology {
            for reading in morphology.analyze(tokens[i].text) {
                let base = reading.baseForm.lowercased()
                let tail = WordKey.tail(base)
                if Self.headTails.contains(tail) { forms.append((base, false, tail)) }
            }
        }
        guard !forms.isEmpty else { return nil }
        let heads = Self.heads
        let headTails = Self.headTailList
        for (form, _, tail) in forms {
            if let k = heads.indices.first(where: { headTails[$0] == tail && form == heads[$0] }) { return (heads[k], false) }
        }
        for (form, ascii, tail) in forms {
            if let k = heads.indices.first(where: { headTails[$0] == tail && WordKey.hasSuffix(form, ascii: ascii, heads[$0]) && form.count > heads[$0].count + 2 }) {
                return (heads[k], true)
            }
        }
        return nil
    }
}
