/// The surname rules of the proper-noun pass: a capitalised word or a bare initial after a first name,
/// and surnames typed without their å, ä, ö.
extension ProperNounDetector {
    /// A capitalised word right after a first name is that person's surname, even when it also reads
    /// as a place or an ordinary word ("Mikko Juvan", "Aleksis Kivi"); a middle initial joins too
    /// ("Maija S. Peltola").
    func surnamesAfterFirstNames(_ hits: [Hit], in text: AnalyzedText) -> [Hit] {
        // Hits in a list with each token's slot in it (plain integers: nothing to release per token).
        var list = hits
        var slot = [Int32](repeating: -1, count: text.tokens.count + 1)
        // (The hits are read in place by index in this pass: a copy retains and releases their two Strings.)
        for k in list.indices { slot[list[k].index] = Int32(k) }
        func existingHit(at i: Int) -> Hit? { slot[i] >= 0 ? list[Int(slot[i])] : nil }
        func set(_ hit: Hit) {
            if slot[hit.index] >= 0 {
                list[Int(slot[hit.index])] = hit
            } else {
                slot[hit.index] = Int32(list.count)
                list.append(hit)
            }
        }
        for h in hits.indices where hits[h].type == .person && slot[hits[h].index + 1] < 0
            && facts(of: hits[h]) & (Self.firstNameFact | Self.nicknameFact) != 0
        {
            if let initial = bareInitial(after: hits[h].index, in: text) {
                set(Hit(index: initial, type: .person, base: text.tokens[initial].lower, confidence: hits[h].confidence, detector: hits[h].detector))
            }
        }
        // (The pass's hits come in token order: sorted again only when they do not.)
        let ordered = Self.inTokenOrder(hits)
        for h in ordered.indices where ordered[h].type == .person && isFirstName(ordered[h]) {
            let hit = ordered[h]
            var k = hit.index + 1
            var previousEnd = text.tokens[hit.index].end
            if k + 1 < text.tokens.count, isInitial(text, k), text.tokens[k].start - previousEnd == 1 {
                set(Hit(index: k, type: .person, base: text.tokens[k].lower, confidence: hit.confidence, detector: hit.detector))
                previousEnd = text.tokens[k].end + 1
                k += 1
            }
            guard k < text.tokens.count else { continue }
            guard text.tokens[k].kind == .word, text.tokens[k].isCapitalized, !text.tokens[k].isAllCaps,
                !text.tokens[k].isSentenceInitial || k > hit.index + 1, text.tokens[k].start - previousEnd == 1,
                text.scalars[previousEnd] == " ", !gazetteer.isTrap(text.tokens[k])
            else { continue }
            let existing = existingHit(at: k)
            set(Hit(index: k, type: .person, base: existing?.base ?? stripped(text.tokens[k]), confidence: hit.confidence, detector: hit.detector, facts: existing?.facts ?? 0))
        }
        return Self.inTokenOrder(list)
    }

    /// `hits.sorted { $0.index < $1.index }`, without sorting (and copying every hit) when they already are in
    /// that order (the sort is stable, so it would keep them as they are).
    static func inTokenOrder(_ hits: [Hit]) -> [Hit] {
        for k in hits.indices.dropFirst() where hits[k].index < hits[k - 1].index {
            return hits.sorted { $0.index < $1.index }
        }
        return hits
    }

    /// Single letters that are words of their own (Swedish "i", "o", English "a", chat "u", "r"): never a
    /// surname initial.
    static let oneLetterWords: [RedactionLanguage: Set<String>] = [
        .fi: [],
        .sv: ["i", "o", "å", "e", "ä", "ö"],
        .en: ["a", "i", "o", "u", "r", "n", "y", "k", "b", "c", "x"],
    ]

    /// "emmi k", "Micke B": a single letter right after a first name, with no full stop, is the initial of
    /// the surname, unless the letter is a word of its own.
    func bareInitial(after index: Int, in text: AnalyzedText) -> Int? {
        let k = index + 1
        guard k < text.tokens.count else { return nil }
        // (The tokens are read in place: a copy retains and releases two Strings.)
        guard text.tokens[k].kind == .word, text.tokens[k].end - text.tokens[k].start == 1, text.tokens[k].start - text.tokens[index].end == 1, text.scalars[text.tokens[index].end] == " ",
            !text.tokens[k].isSentenceInitial, !isOneLetterWord(head: text.tokens[k].head, lowerBytes: text.tokens[k].lower.utf8.count), !partOfCode(text, start: text.tokens[k].start, end: text.tokens[k].end)
        else { return nil }
        // Followed by the end of the text, white space or punctuation, not by another letter after a full stop ("k.2009").
        if text.tokens[k].end < text.scalars.count {
            let after = text.scalars[text.tokens[k].end]
            guard !Tokenizer.isLetter(after), !Tokenizer.isDigit(after), after != "." || text.tokens[k].end + 1 >= text.scalars.count
                || !Tokenizer.isLetter(text.scalars[text.tokens[k].end + 1]) && !Tokenizer.isDigit(text.scalars[text.tokens[k].end + 1])
            else { return nil }
        }
        return k
    }

    /// Surnames typed without their å, ä, ö ("bergstrom"), where the context says a name stands: the same
    /// surname written properly elsewhere in the text, or right after a first name ("anna bergstrom").
    func foldedSurnames(_ hits: [Hit], in text: AnalyzedText) -> [Hit] {
        let folded = gazetteer.foldedLastNames
        guard !folded.isEmpty else { return hits }
        var written: Set<String> = []
        // Token index → follows a first name (flags, not a set: one array read per token below).
        var afterFirstName = [Bool](repeating: false, count: text.tokens.count + 1)
        var anyAfterFirstName = false
        // (The hits are read in place by index: a copy retains and releases their two Strings.)
        for h in hits.indices where hits[h].type == .person {
            // The lists from the hit's facts when the classification cached them (the lookups otherwise).
            let facts = hits[h].facts
            let known = facts != 0
            if hits[h].base.utf8.contains(where: { $0 >= 0x80 }), known ? facts & Self.lastNameFact != 0 : gazetteer.lastNames.contains(hits[h].base) {
                written.insert(hits[h].base)
            }
            if known ? facts & Self.firstNameFact != 0 : gazetteer.firstNames.contains(hits[h].base) {
                afterFirstName[hits[h].index + 1] = true
                anyAfterFirstName = true
            }
        }
        guard !written.isEmpty || anyAfterFirstName else { return hits }
        var taken = [Bool](repeating: false, count: text.tokens.count)
        for h in hits.indices { taken[hits[h].index] = true }
        var added: [Hit] = []
        // The folded spellings of the names written in this text: a few strings, compared without hashing
        // (their byte counts first).
        let writtenFolded = written.map { (Gazetteer.fold($0), $0) }
        // Every token when a name was written with those letters, else only the tokens after a first name (in
        // token order, without building a list of them).
        let everyToken = !writtenFolded.isEmpty
        // The byte counts of those spellings as bits (63 for any longer): a token without an apostrophe whose
        // byte count has no bit matches none of them, and is passed over unless it follows a first name.
        var foldedCounts: UInt64 = 0
        for k in writtenFolded.indices { foldedCounts |= 1 << UInt64(min(writtenFolded[k].0.utf8.count, 63)) }
        let tokens = text.tokens
        for i in tokens.indices where (everyToken || afterFirstName[i]) && !taken[i] {
            guard tokens[i].kind == .word, tokens[i].end - tokens[i].start >= 4, !tokens[i].isAllCaps else { continue }
            if !afterFirstName[i], !tokens[i].hasApostrophe, foldedCounts & 1 << UInt64(min(tokens[i].lower.utf8.count, 63)) == 0 { continue }
            let name: String
            let lower = stripped(tokens[i])
            let count = lower.utf8.count
            if let match = writtenFolded.first(where: { $0.0.utf8.count == count && $0.0 == lower }) {
                name = match.1
            } else if afterFirstName[i], tokens[i].start - tokens[i - 1].end == 1, let folded = folded[lower] {
                name = folded
            } else {
                continue
            }
            guard
                !isTrap(tokens[i].lower), !gazetteer.isCommonWord(tokens[i].lower, language: language),
                !partOfCode(text, start: tokens[i].start, end: tokens[i].end)
            else { continue }
            added.append(Hit(index: i, type: .person, base: name, confidence: 0.6, detector: "name-context"))
        }
        return added.isEmpty ? hits : (hits + added).sorted { $0.index < $1.index }
    }

    func isFirstName(_ base: String) -> Bool {
        if gazetteer.firstNames.contains(base) { return true }
        return isFinnishFirstName(base)
    }

    /// `isFirstName(hit.base)`, with the list lookup from the hit's facts.
    func isFirstName(_ hit: Hit) -> Bool {
        if facts(of: hit) & Self.firstNameFact != 0 { return true }
        return isFinnishFirstName(hit.base)
    }

    /// A first name by Voikko (Finnish and unknown languages only).
    func isFinnishFirstName(_ base: String) -> Bool {
        guard language != .en, language != .sv, let morphology else { return false }
        return morphology.analyze(base.prefix(1).uppercased() + base.dropFirst()).contains { $0.wordClass == "etunimi" }
    }

    static let knownFact: UInt8 = 1, firstNameFact: UInt8 = 2, nicknameFact: UInt8 = 4, lastNameFact: UInt8 = 8

    /// Which lists `base` is on: first names, this language's nicknames, surnames (`knownFact` always set).
    func baseFacts(_ base: String) -> UInt8 {
        var facts = Self.knownFact
        if gazetteer.firstNames.contains(base) { facts |= Self.firstNameFact }
        if gazetteer.isNickname(base, language: language) { facts |= Self.nicknameFact }
        if gazetteer.lastNames.contains(base) { facts |= Self.lastNameFact }
        return facts
    }

    /// The hit's facts: cached with its classification, or worked out now.
    @inline(__always) func facts(of hit: Hit) -> UInt8 {
        hit.facts != 0 ? hit.facts : baseFacts(hit.base)
    }
}
