/// Names and places without a list: Voikko's proper-noun classes (etunimi, sukunimi, paikannimi) for
/// Finnish, gazetteers for fi/sv/en, and capitalised mid-sentence words that no dictionary knows.
/// Adjacent name words become one entity ("Mikko Virtanen").
public struct ProperNounDetector: Detector {
    public let name = "proper-noun"
    let language: RedactionLanguage?
    let morphology: FinnishMorphology?
    let gazetteer: Gazetteer

    public init(language: RedactionLanguage?, morphology: FinnishMorphology?, gazetteer: Gazetteer) {
        self.language = language
        self.morphology = morphology
        self.gazetteer = gazetteer
    }

    struct Hit {
        var index: Int
        var type: SpanType
        var base: String
        var confidence: Double
        var detector: String
        /// Which lists `base` is on (`BaseFacts`), worked out once with the classification and cached with it
        /// in `Gazetteer.wordCache`; 0 until then (hits made by the later passes).
        var facts: UInt8 = 0
    }

    public func detect(in text: AnalyzedText) -> [Detection] {
        var hits: [Hit] = []
        hits.reserveCapacity(16)
        let languageCode: UInt8 = switch language {
        case nil: 0
        case .fi: 1
        case .sv: 2
        case .en: 3
        }
        let cacheContext = languageCode | (morphology == nil ? 0 : 4)
        let cueMap = language.flatMap { Self.cueMaps[$0] } ?? TokenWordMap<UInt16>([:])
        // The context rules' cue flags, filled from the same cache entry as the classification (0 for numbers).
        var cueFlags = [UInt16](repeating: 0, count: text.tokens.count)
        let tokens = text.tokens
        let cache = gazetteer.wordCache
        let cueFilter = Self.cueFilter
        // English's rule of `surelyNoLowercaseName` is tested here, with its filter read once per text (a call
        // per lowercase word, reading the filter out of the gazetteer each time, cost more than the test).
        let english = language == .en
        let firstNameFilter = gazetteer.firstNameFilter
        // Words the cache has not seen: classified after the walk, outside the cache's lock.
        var misses: [Int] = []
        let scalars = text.scalars
        // One lock for the whole walk (`lockedValue`), not one per word.
        cache.withLock {
            for i in tokens.indices where tokens[i].kind == .word {
                // Words inside e-mail addresses, URLs and user names belong to those detectors; one-letter words
                // are no names here. A lowercase English or Swedish word is a hit only as a chat-style name on
                // the lists (see `gazetteerHit`): a word that the lists' filter rules out skips the cache and its
                // hashing, as does a lowercase English word under four bytes (a chat-style name needs four
                // letters there). These words get only their cue flags.
                if tokens[i].end - tokens[i].start < 2
                    || (Self.mayGlue(scalars, tokens[i].start - 1) || Self.mayGlue(scalars, tokens[i].end))
                        && Self.partOfCode(scalars, start: tokens[i].start, end: tokens[i].end)
                    || !tokens[i].isCapitalized && (english && !tokens[i].hasApostrophe
                        ? !firstNameFilter.mayContain(key: tokens[i].filterKey) || tokens[i].lower.utf8.count < 4
                        : surelyNoLowercaseName(tokens, i))
                {
                    cueFlags[i] = cueFilter.mayContain(key: tokens[i].filterKey) ? cueMap.value(head: tokens[i].head, tail: tokens[i].tail, lower: tokens[i].lower) ?? 0 : 0
                    continue
                }
                // classify depends only on the word as written and whether it starts a sentence, so it runs
                // once per distinct pair in the process (Gazetteer.wordCache). The token is read in place.
                let context = cacheContext | (tokens[i].isSentenceInitial ? 8 : 0)
                let key = WordCache.Key(text: tokens[i].text, context: context)
                let hash = WordCache.tokenHash(head: tokens[i].head, tail: tokens[i].tail, textBytes: tokens[i].text.utf8.count, context: context)
                guard let entry = cache.lockedValue(key, hash: hash) else {
                    misses.append(i)
                    continue
                }
                cueFlags[i] = entry.cues
                if var hit = entry.hit {
                    hit.index = i
                    hits.append(hit)
                }
            }
        }
        for i in misses {
            // (Asked again: the same word may have been stored by an earlier miss of this text.)
            let context = cacheContext | (tokens[i].isSentenceInitial ? 8 : 0)
            let key = WordCache.Key(text: tokens[i].text, context: context)
            let hash = WordCache.tokenHash(head: tokens[i].head, tail: tokens[i].tail, textBytes: tokens[i].text.utf8.count, context: context)
            let entry: WordCache.Entry
            if let cached = cache.value(key, hash: hash) {
                entry = cached
            } else {
                // (The token is copied only for `classify`: a copy retains and releases its two Strings.)
                var hit = classify(tokens[i], index: i)
                if let base = hit?.base { hit?.facts = baseFacts(base) }
                entry = WordCache.Entry(hit: hit, cues: cueMap.value(head: tokens[i].head, tail: tokens[i].tail, lower: tokens[i].lower) ?? 0)
                cache.store(key, hash: hash, entry)
            }
            cueFlags[i] = entry.cues
            if var hit = entry.hit {
                hit.index = i
                hits.append(hit)
            }
        }
        // The misses' hits were added after the walk: back into token order.
        if !misses.isEmpty { hits = Self.inTokenOrder(hits) }
        let wordHits = hits
        hits = surnamesAfterFirstNames(hits, in: text)
        hits = foldedSurnames(hits, in: text)
        let context = contextHits(text, existing: hits, cueFlags: cueFlags)
        if !context.isEmpty { hits = (hits + context).sorted { $0.index < $1.index } }
        return merge(hits, in: text) + initials(in: text, hits: wordHits)
    }

    /// Two or more initials in a row ("T. K.") are a person; one initial before a name ("M. Laaksonen")
    /// is taken into that name by `merge`.
    func initials(in text: AnalyzedText, hits: [Hit]) -> [Detection] {
        var result: [Detection] = []
        let tokens = text.tokens
        var i = 0
        while i < tokens.count {
            // (Only a one-scalar word can be an initial: the others are passed over before `isInitial`.)
            if tokens[i].end - tokens[i].start != 1 {
                i += 1
                continue
            }
            var j = i
            while j < text.tokens.count, isInitial(text, j), j == i || text.tokens[j].start - text.tokens[j - 1].end <= 3 { j += 1 }
            if j - i >= 2, !hits.contains(where: { $0.index == j }) {
                let first = text.tokens[i]
                let last = text.tokens[j - 1]
                let key = text.tokens[i..<j].map(\.lower).joined()
                result.append(Detection(
                    start: first.start, end: last.end + 1, type: .person, detector: "initials", confidence: 0.6, entity: "PERSON:\(key)"))
                i = j
            } else {
                i += 1
            }
        }
        return result
    }

    /// A single capital letter followed by a full stop.
    func isInitial(_ text: AnalyzedText, _ i: Int) -> Bool {
        let t = text.tokens[i]
        return t.kind == .word && t.end - t.start == 1 && t.isCapitalized && t.end < text.scalars.count && text.scalars[t.end] == "."
    }

    func isTrap(_ lower: String) -> Bool {
        gazetteer.isTrap(lower)
    }

    func classify(_ token: Token, index: Int) -> Hit? {
        let lower = stripped(token)
        if let place = slangPlace(token) {
            return Hit(index: index, type: .place, base: place, confidence: token.isSentenceInitial ? 0.7 : 0.9, detector: "gazetteer")
        }
        if let hit = nicknameHit(token, lower: lower, index: index) { return hit }
        if isTrap(lower) || token.isAllCaps && token.lower.count <= 3 { return nil }
        // Compounds led by a platform or an acronym: "Facebook-gruppen", "IP-osoitteeseen".
        // (Only a word with a hyphen byte has a Character "-": the others skip `firstIndex(of:)`, which walks
        // the word Character by Character.)
        if token.text.utf8.contains(UInt8(ascii: "-")), let hyphen = token.text.firstIndex(of: "-") {
            let head = token.text[..<hyphen]
            if isTrap(head.lowercased()) || head.count <= 5 && head == head.uppercased() { return nil }
        }
        let finnish = language == .fi || language == nil
        if finnish, let morphology {
            let readings = morphology.analyze(token.text)
            let proper = readings.filter(\.isProperNoun)
            let common = readings.filter { !$0.isProperNoun }
            if let reading = proper.first {
                let base = reading.baseForm.lowercased()
                if isTrap(base) { return nil }
                // Any ordinary reading ("päivä", "sannalle" = "santa") makes the word ambiguous, except that
                // Voikko also lists some towns as common nouns ("jyväskylä").
                let knownPlace = gazetteer.places.contains(base) && proper.contains { $0.wordClass == "paikannimi" }
                let ambiguous = !common.isEmpty && !knownPlace || gazetteer.isCommonWord(base, language: language)
                if !token.isCapitalized {
                    // chat style: "villen", "kuokkalan" — a name whatever the case, when nothing else reads it
                    guard !ambiguous, base.count >= 3 else { return nil }
                    let type: SpanType = proper.contains { $0.wordClass == "paikannimi" } && !proper.contains { $0.wordClass == "etunimi" || $0.wordClass == "sukunimi" } ? .place : .person
                    return Hit(index: index, type: type, base: base, confidence: 0.7, detector: "voikko-lowercase")
                }
                guard !(token.isSentenceInitial && ambiguous) else { return nil }
                let type: SpanType = proper.contains { $0.wordClass == "paikannimi" } && !proper.contains { $0.wordClass == "etunimi" || $0.wordClass == "sukunimi" } ? .place : .person
                return Hit(index: index, type: type, base: base, confidence: ambiguous ? 0.7 : 0.95, detector: "voikko-proper-noun")
            }
            if !readings.isEmpty { return nil }  // a known ordinary Finnish word
            if !token.isCapitalized {
                // chat style: "sannalle", "jyväskylässä" are names once capitalised
                let capitalised = morphology.analyze(token.text.prefix(1).uppercased() + token.text.dropFirst())
                if let reading = capitalised.first(where: \.isProperNoun), capitalised.allSatisfy(\.isProperNoun) {
                    let base = reading.baseForm.lowercased()
                    if !isTrap(base) && !gazetteer.isCommonWord(base, language: language) {
                        let type: SpanType = reading.wordClass == "paikannimi" ? .place : .person
                        return Hit(index: index, type: type, base: base, confidence: 0.7, detector: "voikko-lowercase")
                    }
                }
            }
            if language == .fi, let hit = gazetteerHit(token, lower: lower, index: index) { return hit }
            if language == .fi {
                return token.isCapitalized && !token.isSentenceInitial && !token.isAllCaps
                    ? Hit(index: index, type: .person, base: lower, confidence: 0.5, detector: "capitalised-unknown") : nil
            }
        }
        if let hit = gazetteerHit(token, lower: lower, index: index) { return hit }
        if token.isCapitalized && !token.isSentenceInitial && !token.isAllCaps && !gazetteer.isCommonWord(lower, language: language) {
            return Hit(index: index, type: .person, base: lower, confidence: 0.5, detector: "capitalised-unknown")
        }
        return nil
    }

    /// A capitalised nickname of this language ("Bosse", "P-O", "Tapsaksi"); at the start of a sentence only
    /// when it is no ordinary word.
    func nicknameHit(_ token: Token, lower: String, index: Int) -> Hit? {
        guard token.isCapitalized, language != nil, !gazetteer.nicknames.isEmpty else { return nil }
        var base: String?
        if gazetteer.isNickname(lower, language: language) {
            base = lower
        } else if language == .sv, lower.hasSuffix("s"), gazetteer.isNickname(String(lower.dropLast()), language: language) {
            base = String(lower.dropLast())
        } else if language == .fi, !token.isAllCaps, morphology?.analyze(token.text).isEmpty ?? true {
            base = finnishNickname(lower).flatMap { gazetteer.isNickname($0, language: .fi) ? $0 : nil }
        }
        guard let base, !isTrap(base) || token.isAllCaps else { return nil }
        let ordinary = gazetteer.isCommonWord(base, language: language)
            || language == .fi && (morphology?.analyze(token.text).contains { !$0.isProperNoun } ?? false)
        if ordinary && token.isSentenceInitial { return nil }
        return Hit(index: index, type: .person, base: base, confidence: ordinary ? 0.6 : 0.8, detector: "gazetteer")
    }

    func gazetteerHit(_ token: Token, lower: String, index: Int) -> Hit? {
        var candidates = [lower]
        if language == .sv || language == nil, lower.hasSuffix("s"), lower.count > 3, !gazetteer.isCommonWord(lower, language: language) {
            candidates.append(String(lower.dropLast()))
        }
        for candidate in candidates {
            // (The lists' filter rules out most words before any of the three lookups.)
            guard gazetteer.nameFilter.mayContain(candidate) else { continue }
            let isName = gazetteer.firstNames.contains(candidate) || gazetteer.lastNames.contains(candidate)
            let isPlace = gazetteer.places.contains(candidate)
            guard isName || isPlace, !isTrap(candidate) else { continue }
            let common = gazetteer.isCommonWord(candidate, language: language)
            if token.isCapitalized {
                if token.isSentenceInitial && common { return nil }
                return Hit(index: index, type: isName ? .person : .place, base: candidate, confidence: token.isSentenceInitial ? 0.7 : 0.9, detector: "gazetteer")
            }
            // chat style: lowercase names and towns, only when unambiguous
            // (lowercase: a name-like word of any language stays, e.g. Finnish "toivo" quoted in English)
            // English has many lowercase words that are surnames or towns (long, young, reading): only first names there.
            if !common && candidate.count >= 4 && !CommonWords.nameLikeWords.contains(candidate)
                && (language != .en || gazetteer.firstNames.contains(candidate))
            {
                if language == .fi, morphology?.isKnown(token.text) == true { return nil }
                return Hit(index: index, type: isName ? .person : .place, base: candidate, confidence: 0.6, detector: "gazetteer-lowercase")
            }
        }
        return nil
    }

    /// Adjacent person words (only spaces or a line break between) become one detection.
    func merge(_ hits: [Hit], in text: AnalyzedText) -> [Detection] {
        var result: [Detection] = []
        result.reserveCapacity(hits.count)
        var i = 0
        while i < hits.count {
            var j = i
            while j + 1 < hits.count, hits[j + 1].index == hits[j].index + 1, hits[j].type == .person, hits[j + 1].type == .person,
                text.tokens[hits[j + 1].index].isCapitalized || !text.tokens[hits[j + 1].index].isSentenceInitial,
                onlySpaces(text, from: text.tokens[hits[j].index].end + (isInitial(text, hits[j].index) ? 1 : 0), to: text.tokens[hits[j + 1].index].start)
            {
                j += 1
            }
            // A capitalised word just before a name starts the same name ("Erik Johansson" at a sentence start).
            var firstIndex = hits[i].index
            // (The tokens are read in place, not copied.)
            if hits[i].type == .person, firstIndex > 0, (i == 0 || hits[i - 1].index != firstIndex - 1), text.tokens[firstIndex - 1].isCapitalized {
                let p = firstIndex - 1
                if text.tokens[p].kind == .word, !text.tokens[p].isAllCaps, !gazetteer.isTrap(text.tokens[p]), text.tokens[p].lower.count >= 2,
                    onlySpaces(text, from: text.tokens[p].end, to: text.tokens[firstIndex].start), !text.tokens[firstIndex].isSentenceInitial,
                    isNameLike(text.tokens[p])
                {
                    firstIndex -= 1
                }
            }
            // Initials before a name: "M. Laaksonen", "J. M. Smith".
            while hits[i].type == .person, firstIndex > 0, isInitial(text, firstIndex - 1),
                text.tokens[firstIndex].start - text.tokens[firstIndex - 1].end <= 3
            {
                firstIndex -= 1
            }
            let last = hits[j].index
            // The entity key "TYPE:words", the words joined with spaces, built in place (no interpolation), and
            // the highest confidence, without building arrays of them.
            var entity = Self.entityPrefix(hits[i].type)
            if firstIndex < hits[i].index { entity += text.tokens[firstIndex].lower }
            var confidence = hits[i].confidence
            for k in i...j {
                if k > i || firstIndex < hits[i].index { entity += " " }
                entity += hits[k].base
                confidence = max(confidence, hits[k].confidence)
            }
            let region = hits[i].type == .place ? gazetteer.regions[hits[i].base] : nil
            result.append(Detection(
                start: text.tokens[firstIndex].start, end: text.tokens[last].end, type: hits[i].type, detector: hits[i].detector,
                confidence: confidence, entity: entity,
                // (English keeps only an apostrophe ending: without one the token is not passed, which copied it.)
                subtype: region, caseEnding: language == .en && !text.tokens[last].hasApostrophe
                    ? nil : CaseEnding.of(text.tokens[last], base: hits[j].base, language: language, morphology: morphology)))
            i = j + 1
        }
        return result
    }

    /// "PERSON:", "PLACE:": the start of an entity key (literals for the two types this pass finds).
    @inline(__always) static func entityPrefix(_ type: SpanType) -> String {
        switch type {
        case .person: "PERSON:"
        case .place: "PLACE:"
        default: type.rawValue + ":"
        }
    }

    /// Whether the token is glued to "@", ".", "_", "/" or digits (part of an address, URL or handle).
    func partOfCode(_ text: AnalyzedText, _ token: Token) -> Bool {
        partOfCode(text, start: token.start, end: token.end)
    }

    /// The same for the token at scalars `start..<end` (no Token copied).
    @inline(__always) func partOfCode(_ text: AnalyzedText, start: Int, end: Int) -> Bool {
        Self.partOfCode(text.scalars, start: start, end: end)
    }

    /// The same with the text's scalars passed in (read once per text by the word pass).
    @inline(__always) static func partOfCode(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> Bool {
        isGlue(scalars, start - 1) || isGlue(scalars, end)
    }

    /// False when the scalar at `i` surely glues nothing (the text's edge, a space, a line break, a comma), as
    /// `isGlue` would answer: the word pass calls `partOfCode` only when a neighbour of the word may glue.
    @inline(__always) static func mayGlue(_ scalars: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i >= 0, i < scalars.count else { return false }
        let v = scalars[i].value
        return v != 0x20 && v != 0x0A && v != 0x2C
    }

    /// Whether the scalar at `i` glues a word to an address, URL or handle. (A space, the usual neighbour,
    /// is none of them and is answered first.)
    @inline(__always) static func isGlue(_ scalars: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i >= 0, i < scalars.count else { return false }
        let c = scalars[i]
        if c == " " { return false }
        if c == "@" || c == "_" || c == "/" || c == ":" || Tokenizer.isDigit(c) { return true }
        // a full stop between letters: "maja.lundgren", "example.se"
        if c == ".", i + 1 < scalars.count, i > 0, Tokenizer.isLetter(scalars[i + 1]), Tokenizer.isLetter(scalars[i - 1]) { return true }
        return false
    }

    /// A word that may start a name: Voikko reads it as a name, or has no ordinary reading of it.
    func isNameLike(_ token: Token) -> Bool {
        guard let readings = morphology?.analyze(token.text), language != .en, language != .sv else { return true }
        return readings.isEmpty || readings.contains(where: \.isProperNoun)
    }

    func onlySpaces(_ text: AnalyzedText, from: Int, to: Int) -> Bool {
        guard to - from <= 3 else { return false }
        return (from..<to).allSatisfy { text.scalars[$0] == " " || text.scalars[$0] == "\n" || text.scalars[$0] == "\t" }
    }
}
