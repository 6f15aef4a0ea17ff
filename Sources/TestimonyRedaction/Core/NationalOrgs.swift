extension Gazetteer {
    /// Endings a national body's last word may carry: Finnish cases ("Kelasta", "Kelalle") and the
    /// Swedish and English genitive.
    static let nationalOrgEndings: [String] = [
        "n", "a", "ä", "lla", "llä", "lta", "ltä", "lle", "ssa", "ssä", "sta", "stä", "han", "hän", "an", "än", "s", "'s", "\u{2019}s",
    ]

    /// Each phrase's last word with every ending (a set lookup instead of building the forms per token).
    static func inflectedForms(_ orgs: [String: [[String]]]) -> [String: Set<String>] {
        var forms: [String: Set<String>] = [:]
        for phrases in orgs.values {
            for words in phrases {
                guard let last = words.last else { continue }
                forms[last, default: []].formUnion(nationalOrgEndings.map { last + $0 })
            }
        }
        return forms
    }

    /// Whether a word whose `Gazetteer.head` is `head` can begin with `word`: its first bytes (up to four)
    /// are the word's.
    static func mayBegin(_ head: UInt32, with word: String) -> Bool {
        let first = firstBytes(word)
        return head & first.mask == first.key
    }

    /// The first (up to four) bytes of `word` as `Gazetteer.head` packs them, and a mask of those bytes.
    static func firstBytes(_ word: String) -> (key: UInt32, mask: UInt32) {
        var key: UInt32 = 0
        var mask: UInt32 = 0
        var shift: UInt32 = 0
        for byte in word.utf8 {
            key |= UInt32(byte) << shift
            mask |= 0xFF << shift
            shift += 8
            if shift == 32 { break }
        }
        return (key, mask)
    }

    /// Normalised scalar ranges of national services and bodies in `text` ("Svenska kyrkan", "the Crown",
    /// "Kelalle"): no detector's span inside one is kept, except a known identifier.
    func nationalOrgRanges(in text: AnalyzedText) -> [(Int, Int)] {
        guard !nationalOrgs.isEmpty else { return [] }
        var ranges: [(Int, Int)] = []
        let tokens = text.tokens
        // The first bytes of the later word last tested (nearly always "crown", of "the crown"): reading a
        // String's bytes costs more than comparing two equal small Strings.
        var lastWord = ""
        var lastFirst: (key: UInt32, mask: UInt32) = (0, 0)
        for i in tokens.indices where tokens[i].kind == .word && nationalOrgHeads.contains(tokens[i].head) {
            let first = tokens[i].lower
            var phrases = nationalOrgPhrases.value(head: tokens[i].head, tail: tokens[i].tail, lower: first)
            if phrases == nil, tokens[i].isCapitalized {
                // an inflected one-word name: "Kelalle", "BRIS:in"
                for ending in Self.nationalOrgEndings where first.hasSuffix(ending) && first.count > ending.count + 1 {
                    if let found = nationalOrgs[String(first.dropLast(ending.count))]?.filter({ $0.count == 1 }), !found.isEmpty {
                        phrases = found
                        break
                    }
                }
            }
            guard let phrases else { continue }
            for words in phrases where i + words.count <= tokens.count {
                var matched = true
                for (k, word) in words.enumerated() {
                    // (read in place: a Token copy retains and releases its two Strings)
                    if k > 0, tokens[i + k].start - tokens[i + k - 1].end > 1 { matched = false; break }
                    if k == 0, words.count == 1 { continue }  // the head was looked up, or the inflected one-word match above
                    // The word itself and its inflected forms begin with the word: a token whose first four bytes
                    // differ is neither (most words after "the" are not "crown"), without comparing Strings.
                    if k > 0 {  // (the first word is the one looked up)
                        if word != lastWord {
                            lastWord = word
                            lastFirst = Self.firstBytes(word)
                        }
                        if tokens[i + k].head & lastFirst.mask != lastFirst.key { matched = false; break }
                    }
                    if tokens[i + k].lower == word { continue }
                    if k == words.count - 1, k > 0 || tokens[i + k].isCapitalized,
                        nationalOrgForms[word]?.contains(tokens[i + k].lower) == true
                    {
                        continue
                    }
                    matched = false
                    break
                }
                if matched {
                    ranges.append((tokens[i].start, tokens[i + words.count - 1].end))
                    break
                }
            }
        }
        return ranges
    }
}
