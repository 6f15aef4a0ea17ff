/// Names recognised by where they stand rather than by how they are written: chat-style lowercase
/// names after a greeting or a word of address ("moi jonna", "kertoko sannalle", "till moa",
/// "my friend hope"), names that are also ordinary words in a name-like context ("a teaching
/// assistant named May", "Will said", "May, my older sister"), nicknames and slang town names.
extension ProperNounDetector {
    static let greetings: Set<String> = [
        "moi", "hei", "heippa", "moikka", "terve", "morjens", "moro", "hej", "hejsan", "tjena", "tja", "hallå", "hi", "hey",
        "hello", "hiya", "dear",
    ]
    /// Words after which a name is addressed or introduced. Nouns ("friend", "kompis") and naming verbs
    /// ("named", "heter") are strong cues; verbs of telling and prepositions of address are weaker.
    static let strongCues: [RedactionLanguage: Set<String>] = [
        .fi: ["kaveri", "kaverini", "ystävä", "ystäväni", "sisko", "siskoni", "veli", "veljeni", "serkku", "serkkuni", "nimeltä", "nimeltään"],
        .sv: ["kompis", "kompisen", "vän", "vännen", "syster", "systern", "bror", "brorsan", "kusin", "heter", "hette", "kallad", "kallades"],
        .en: [
            "friend", "freind", "friends", "mate", "bff", "bestie", "sister", "brother", "cousin", "girlfriend", "boyfriend", "named",
            "called", "nicknamed",
        ],
    ]
    static let weakCues: [RedactionLanguage: Set<String>] = [
        .fi: ["kerro", "kertoko", "kerroin", "kerroit", "kerrotko", "sano", "sanoin", "sanokaa", "kysy", "kysyin", "eikä", "tai"],
        .sv: ["till", "med", "säg", "berättade", "sa", "och", "eller"],
        .en: ["told", "tell", "ask", "asked", "with", "and", "or"],
    ]
    /// Words that may follow a name that is also an ordinary word ("my friend hope knows").
    static let afterName: Set<String> = [
        "knows", "knew", "said", "says", "told", "tells", "noticed", "is", "was", "and", "who", "has", "had", "lives", "lived",
        "vet", "visste", "sa", "sade", "är", "var", "och", "som", "bor", "tietää", "tiesi", "sanoi", "sano", "on", "oli", "ja",
        "joka", "asuu",
    ]
    /// Reporting verbs that make a capitalised name-word a person ("Will said", "Hope told me").
    static let reportingVerbs: Set<String> = [
        "said", "says", "told", "tells", "asked", "asks", "noticed", "knew", "knows", "called", "texted", "messaged", "helped",
        "promised", "explained", "replied", "answered", "wrote", "listened", "believed", "sa", "sade", "berättade", "frågade", "märkte", "lovade", "sanoi", "kertoi", "kysyi", "huomasi", "lupasi",
    ]
    /// Words before a month or a season ("in May", "last summer"): never a name cue.
    static let timeWords: Set<String> = [
        "in", "on", "of", "since", "until", "till", "by", "last", "next", "early", "late", "during", "from", "to", "this", "every",
        "that", "each", "mid",
    ]
    static let kin: Set<String> = [
        "sister", "brother", "cousin", "friend", "mum", "mom", "dad", "aunt", "uncle", "gran", "nan", "daughter", "son", "mate",
        "syster", "bror", "kusin", "vän", "kompis", "mamma", "pappa", "moster", "faster", "morbror", "farbror",
        "sisko", "veli", "serkku", "kaveri", "isä", "äiti", "täti", "setä", "eno", "mummo", "ukki", "poikaystävä", "tyttöystävä",
        "isoveli", "isosisko", "pikkuveli", "pikkusisko",
    ]
    static let locatives: Set<String> = ["in", "from", "to", "near", "outside", "around"]
    static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "dr"]
    /// Modal verbs that are names when capitalised mid-sentence ("my friend Will noticed").
    static let modals: Set<String> = ["will", "may"]
    /// Never a name, whatever the context (modals only in lower case).
    static let neverNames: Set<String> = [
        "will", "may", "can", "must", "might", "should", "would", "could", "shall", "i", "you", "he", "she", "we", "they", "it",
        "the", "a", "an", "and", "to", "me", "him", "her", "us", "them", "jag", "du", "han", "hon", "vi", "de", "den", "det",
        "mig", "dig", "henne", "honom", "oss", "dem", "mä", "sä", "se", "ne", "me", "te", "hän", "ja", "mulle", "sulle", "sille",
        "kaikille", "kellekään", "kenellekään", "nåt", "nån", "ingen", "everyone", "anyone", "someone", "nobody", "everybody",
    ]

    static let timeBit: UInt16 = 1, locativeBit: UInt16 = 2, titleBit: UInt16 = 4, greetingBit: UInt16 = 8, strongBit: UInt16 = 16
    static let coordinationBit: UInt16 = 32, weakBit: UInt16 = 64, kinBit: UInt16 = 128, reportingBit: UInt16 = 256
    static let possessiveBit: UInt16 = 512, neverBit: UInt16 = 1024, afterNameBit: UInt16 = 2048
    static let coordination: Set<String> = ["and", "or", "och", "eller", "eikä", "tai", "med", "with"]

    /// Per language: word → the cue lists it is on (bits above), so each token costs one lookup.
    static let cueTables: [RedactionLanguage: [String: UInt16]] = {
        var tables: [RedactionLanguage: [String: UInt16]] = [:]
        for language in RedactionLanguage.allCases {
            var t: [String: UInt16] = [:]
            func add(_ words: Set<String>, _ bit: UInt16) { for w in words { t[w, default: 0] |= bit } }
            add(timeWords, timeBit)
            add(locatives, locativeBit)
            add(titles, titleBit)
            add(greetings, greetingBit)
            add(strongCues[language] ?? [], strongBit)
            add(coordination, coordinationBit)
            add(weakCues[language] ?? [], weakBit)
            add(kin, kinBit)
            add(reportingVerbs, reportingBit)
            add(["my", "his", "her", "our", "their"], possessiveBit)
            add(neverNames, neverBit)
            add(afterName, afterNameBit)
            tables[language] = t
        }
        return tables
    }()

    /// The same tables, looked up with a token's keys instead of hashing its `String` (`TokenWordMap`).
    static let cueMaps: [RedactionLanguage: TokenWordMap<UInt16>] = cueTables.mapValues { TokenWordMap($0) }

    /// A first test for the cue tables' words (any language).
    static let cueFilter = WordFilter(cueTables.values.flatMap(\.keys))

    /// Person hits for tokens the word-by-word pass left, from the words around them. The cues are
    /// checked first, so the name lookups run only for the few tokens that stand in such a place.
    func contextHits(_ text: AnalyzedText, existing: [Hit], cueFlags: [UInt16]? = nil) -> [Hit] {
        guard let language else { return [] }
        let tokens = text.tokens
        // Token indices as flags, not sets: one array read per question, and one array for the three flags
        // (taken by an existing hit, a person among them, found here).
        let takenFlag: UInt8 = 1, personFlag: UInt8 = 2, foundFlag: UInt8 = 4
        var flagsOf = [UInt8](repeating: 0, count: tokens.count)
        for h in existing.indices {
            flagsOf[existing[h].index] |= existing[h].type == .person ? takenFlag | personFlag : takenFlag
        }
        func isTaken(_ k: Int) -> Bool { flagsOf[k] & takenFlag != 0 }
        func isFound(_ k: Int) -> Bool { flagsOf[k] & (takenFlag | foundFlag) != 0 }
        // Built on first use (most texts need neither): the person bases found so far, and the names seen
        // capitalised mid-sentence; a word of a longer name ("Karin Ström") counts even when it is also an
        // ordinary word ("ström"), because the name around it says which reading is meant.
        // (The names seen mid-sentence are a few per text: a small list searched with ==, not a
        // Dictionary built per text; the hits and tokens are read in place, not copied.)
        var personBasesBuilt: Set<String>?
        var midSentenceBuilt: MidSentenceNames?
        func personAt(_ k: Int) -> Bool { k >= 0 && k < tokens.count && flagsOf[k] & personFlag != 0 }
        func midSentenceNamesFromHits() -> MidSentenceNames {
            var names = MidSentenceNames()
            for h in existing.indices where existing[h].type == .person && existing[h].detector != "capitalised-unknown" {
                let index = existing[h].index
                guard tokens[index].isCapitalized, !tokens[index].isSentenceInitial else { continue }
                let inLongerName = personAt(index - 1) || personAt(index + 1)
                names.mark(stripped(tokens[index]), inLongerName)
            }
            return names
        }
        var out: [Hit] = []
        // One lookup per token: which cue lists it is on.
        let flags = cueFlags ?? {
            let table = Self.cueTables[language] ?? [:]
            return tokens.map { $0.kind == .word ? table[$0.lower] ?? 0 : 0 }
        }()
        func has(_ k: Int, _ bit: UInt16) -> Bool { k >= 0 && k < flags.count && flags[k] & bit != 0 }
        // Every rule below needs one of these: a cue word before the token, a one-letter word, a kin word, a
        // reporting verb or a possessive after it, or a capitalised word at a sentence start. Tokens with none
        // of them are skipped before any other work.
        let before = Self.locativeBit | Self.titleBit | Self.greetingBit | Self.strongBit | Self.coordinationBit | Self.weakBit
        let after = Self.kinBit | Self.reportingBit | Self.possessiveBit
        for i in tokens.indices where tokens[i].kind == .word && !isTaken(i) && tokens[i].end - tokens[i].start >= 2 {
            guard has(i - 1, before) || has(i + 1, after) || tokens[i].isCapitalized && tokens[i].isSentenceInitial
                || i + 1 < tokens.count && tokens[i + 1].end - tokens[i + 1].start == 1
            else { continue }
            // Only a space, or a comma and a space, before the name ("moi jonna", "hey, jess").
            var hasPrevious = false
            if i > 0, tokens[i].start - tokens[i - 1].end <= 2,
                (tokens[i - 1].end..<tokens[i].start).allSatisfy({ text.scalars[$0] == " " || text.scalars[$0] == "," })
            {
                hasPrevious = true
            }
            let hasNext = i + 1 < tokens.count
            let nextJoined = hasNext && tokens[i + 1].start - tokens[i].end == 1 && text.scalars[tokens[i].end] == " "
            enum Cue { case greeting, strong, weak, coordination, kin, reporting, apposition, initial }
            var cue: Cue?
            if language == .en, hasPrevious, has(i - 1, Self.locativeBit), !tokens[i].isCapitalized, tokens[i].end - tokens[i].start >= 4,
                gazetteer.places.contains(tokens[i].lower), !gazetteer.englishPlaceWords.contains(tokens[i].lower),
                !gazetteer.isCommonWord(tokens[i].lower, language: language), !partOfCode(text, start: tokens[i].start, end: tokens[i].end)
            {
                // chat style: "he lives in leeds now"
                flagsOf[i] |= foundFlag
                out.append(Hit(index: i, type: .place, base: tokens[i].lower, confidence: 0.6, detector: "name-context"))
                continue
            }
            let afterTimeWord = language == .en && hasPrevious && has(i - 1, Self.timeBit)
            if hasPrevious, !afterTimeWord {
                if has(i - 1, Self.titleBit), !tokens[i].isCapitalized, !has(i, Self.neverBit), !partOfCode(text, start: tokens[i].start, end: tokens[i].end) {
                    // "mr hussain": whatever follows a title is a name
                    flagsOf[i] |= foundFlag
                    out.append(Hit(index: i, type: .person, base: stripped(tokens[i]), confidence: 0.6, detector: "name-context"))
                    continue
                }
                if has(i - 1, Self.greetingBit), tokens[i - 1].isSentenceInitial { cue = .greeting }
                else if has(i - 1, Self.strongBit) { cue = .strong }
                else if has(i - 1, Self.coordinationBit) {
                    // "tuulille ja sannalle": only right after a name
                    if i >= 2, isFound(i - 2) { cue = .coordination }
                } else if has(i - 1, Self.weakBit) { cue = .weak }
            }
            // "emmi k", "Micke B": a first name with a bare surname initial
            var initial: Int?
            if cue == nil, nextJoined, !tokens[i].isSentenceInitial || tokens[i].isCapitalized, let k = bareInitial(after: i, in: text), !isTaken(k) {
                cue = .initial
                initial = k
            }
            if cue == nil, nextJoined, has(i + 1, Self.kinBit), language != .fi || tokens[i].lower.hasSuffix("n") { cue = .kin }
            if cue == nil, tokens[i].isCapitalized, !afterTimeWord, i + 1 < tokens.count {
                // "Will said", "Hope told me", "May, my older sister,"
                if nextJoined, has(i + 1, Self.reportingBit) {
                    cue = .reporting
                } else if tokens[i].end < text.scalars.count, text.scalars[tokens[i].end] == ",", has(i + 1, Self.possessiveBit),
                    ((i + 1)..<min(tokens.count, i + 5)).contains(where: { has($0, Self.kinBit) })
                {
                    cue = .apposition
                }
            }
            if cue == nil, tokens[i].isCapitalized, tokens[i].isSentenceInitial, !tokens[i].isAllCaps, midSentenceBuilt == nil {
                midSentenceBuilt = midSentenceNamesFromHits()
            }
            if cue == nil, tokens[i].isCapitalized, tokens[i].isSentenceInitial, !tokens[i].isAllCaps, let strong = midSentenceBuilt?.strong(stripped(tokens[i])),
                strong || !gazetteer.isCommonWord(stripped(tokens[i]), language: language), !isTrap(stripped(tokens[i])) || strong,
                !has(i + 1, Self.neverBit),
                !(language == .fi && !strong && (morphology?.analyze(tokens[i].text).contains { !$0.isProperNoun } ?? false))
            {
                // "Karin Ström … Ström har sagt": a name seen mid-sentence is a name at a sentence start too
                flagsOf[i] |= foundFlag
                out.append(Hit(index: i, type: .person, base: stripped(tokens[i]), confidence: 0.6, detector: "name-context"))
                continue
            }
            guard let cue, !has(i, Self.neverBit) || tokens[i].isCapitalized && Self.modals.contains(tokens[i].lower),
                !partOfCode(text, start: tokens[i].start, end: tokens[i].end), let (base, nameWord) = nameReading(tokens[i])
            else { continue }
            let followsName = !nextJoined || has(i + 1, Self.afterNameBit) || !hasNext || tokens[i + 1].isCapitalized && !tokens[i + 1].isAllCaps
            let accepted: Bool
            switch cue {
            case .greeting, .strong: accepted = !nameWord || followsName
            case .initial: accepted = !nameWord || tokens[i].isCapitalized
            case .weak, .coordination, .kin: accepted = !nameWord
            // At the start of a sentence only a name already found in this text ("Rose told the police" stays).
            case .apposition: accepted = nameWord
            case .reporting:
                if personBasesBuilt == nil { personBasesBuilt = Set(existing.filter { $0.type == .person }.map(\.base)) }
                accepted = nameWord && (!tokens[i].isSentenceInitial || personBasesBuilt?.contains(base) == true)
            }
            guard accepted else { continue }
            flagsOf[i] |= foundFlag
            if personBasesBuilt == nil { personBasesBuilt = Set(existing.filter { $0.type == .person }.map(\.base)) }
            personBasesBuilt?.insert(base)
            if tokens[i].isCapitalized, !tokens[i].isSentenceInitial, cue == .strong || cue == .apposition {
                if midSentenceBuilt == nil { midSentenceBuilt = midSentenceNamesFromHits() }
                midSentenceBuilt?.mark(stripped(tokens[i]), true)
            }
            out.append(Hit(index: i, type: .person, base: base, confidence: 0.6, detector: "name-context"))
            if let initial {
                flagsOf[initial] |= foundFlag
                out.append(Hit(index: initial, type: .person, base: tokens[initial].lower, confidence: 0.6, detector: "name-context"))
            }
        }
        return out
    }

    /// The base form if `token` reads as a first name or nickname in this language, and whether the name
    /// is also an ordinary word ("hope", "saga", "will").
    func nameReading(_ token: Token) -> (String, Bool)? {
        // English and Swedish read a name only from the lists (first names, nicknames, name-like words):
        // a token the lists' filter rules out, also without a Swedish final "s", reads as none.
        if language == .en || language == .sv, !token.hasApostrophe, !gazetteer.nameReadingFilter.mayContain(token),
            !(language == .sv && token.tail & 0xFF == UInt32(UInt8(ascii: "s")) && gazetteer.nameReadingFilter.mayContain(droppingLastByte: token.lower))
        {
            return nil
        }
        let lower = stripped(token)
        if isTrap(lower) && !CommonWords.nameLikeWords.contains(lower) { return nil }
        var candidates = [lower]
        if language == .sv, lower.hasSuffix("s"), lower.count > 3 { candidates.append(String(lower.dropLast())) }
        for candidate in candidates where gazetteer.firstNames.contains(candidate) || gazetteer.isNickname(candidate, language: language)
            || gazetteer.isCommonWord(candidate, language: language) && CommonWords.nameLikeWords.contains(candidate)
        {
            let common = gazetteer.isCommonWord(candidate, language: language) || CommonWords.capitalised.contains(candidate)
            return (candidate, common)
        }
        guard language == .fi, let morphology else { return nil }
        // Finnish: the capitalised form reads as a first name ("sannalle" → Sanna), or an inflected nickname.
        let capitalised = token.isCapitalized ? token.text : token.text.prefix(1).uppercased() + token.text.dropFirst()
        if let reading = morphology.analyze(capitalised).first(where: { $0.wordClass == "etunimi" }) {
            let base = reading.baseForm.lowercased()
            guard !isTrap(base) else { return nil }
            return (base, gazetteer.isCommonWord(base, language: language))
        }
        if let base = finnishNickname(lower) { return (base, false) }
        return nil
    }

    /// A Finnish nickname under a case ending, with the weak grade undone: "tapsaksi" → tapsa,
    /// "petelle" → pete, "artun" → arttu.
    func finnishNickname(_ lower: String) -> String? {
        for ending in InflectionKeys.finnishEndings where lower.hasSuffix(ending) && lower.count >= ending.count + 3 {
            let stem = String(lower.dropLast(ending.count))
            for candidate in [stem, Self.strongGrade(stem)].compactMap({ $0 }) where gazetteer.isNickname(candidate, language: .fi) || gazetteer.firstNames.contains(candidate) {
                return candidate
            }
        }
        return nil
    }

    /// "artu" → "arttu", "miko" → "mikko": doubles a k, p or t before the final vowel.
    static func strongGrade(_ stem: String) -> String? {
        let scalars = Array(stem.unicodeScalars)
        guard scalars.count >= 3, "kpt".unicodeScalars.contains(scalars[scalars.count - 2]), "aeiouyäö".unicodeScalars.contains(scalars[scalars.count - 1]),
            scalars[scalars.count - 3] != scalars[scalars.count - 2]
        else { return nil }
        var out = String.UnicodeScalarView(scalars.dropLast(1))
        out.append(scalars[scalars.count - 2])
        out.append(scalars[scalars.count - 1])
        return String(out)
    }

    /// A slang town name in any inflection ("Stadissa", "Tampesterille", "Götet").
    func slangPlace(_ token: Token) -> String? {
        guard token.isCapitalized, gazetteer.slangHeads.contains(token.head) else { return nil }
        let lower = token.lower
        if gazetteer.slangPlaces.contains(lower) { return lower }
        guard language == .fi || language == nil else { return nil }
        for reading in morphology?.analyze(token.text) ?? [] where gazetteer.slangPlaces.contains(reading.baseForm.lowercased()) {
            return reading.baseForm.lowercased()
        }
        for ending in InflectionKeys.finnishEndings where lower.hasSuffix(ending) && lower.count >= ending.count + 3 {
            let stem = String(lower.dropLast(ending.count))
            for candidate in [stem, stem + "i", Self.strongGrade(stem)].compactMap({ $0 }) where gazetteer.slangPlaces.contains(candidate) {
                return candidate
            }
        }
        return nil
    }
}
